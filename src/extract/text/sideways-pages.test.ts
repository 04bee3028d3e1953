import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';
import type { ParagraphBlock } from '../../model/layout.js';
import { readTextLayout } from './read-text.js';
import { sidewaysPages, upsideDownPages } from './sideways-pages.js';

const lines = (pages: string[][]) => pages.flatMap((p, k) => p.map((text, i) => ({ text, line: i + 1, page: k + 1 })));
// A sentence of a page printed sideways, as pdfminer copies it: a character a line.
const sideways = [...'2024年度本年支出合计2280.29万元，其中：基本支出816.48万元'];
const prose = ['一、收入支出决算总体情况说明', '2024年度收入、支出总计均为2302.34万元。', '二、收入决算情况说明', '本年收入合计2280.29万元。', '三、支出决算情况说明'];

describe('pages copied a character a line (printed sideways)', () => {
  it('are told from pages of prose and of short table cells', () => {
    const cells = ['项目', '金额', '1', '2', '合计', '0.00', ...Array.from({ length: 20 }, (_, i) => `${i}.00`)];
    expect([...sidewaysPages(lines([prose, sideways, cells]))]).toEqual([2]);
  });

  it('are left unread and said so, and what is not found is not called missing', async () => {
    const text = [prose.join('\n'), sideways.join('\n'), sideways.join('\n')].join('\n\f');
    const layout = readTextLayout(text, 'copy.txt', 'text');
    expect(layout.unreadPages).toEqual([2, 3]);
    expect(layout.notes.join('')).toMatch(/第2–3页的文字一字一行/);
    expect(layout.blocks.some((b) => b.kind === 'paragraph' && (b as ParagraphBlock).text.length === 1)).toBe(false);
    const r = await checkText(text, { file: 'copy.txt' });
    expect(r.findings.filter((f) => f.rule === 'glossary.present' || f.rule === 'completeness.tables-printed')).toEqual([]);
  });
});

describe('pages copied last line first (printed upside down)', () => {
  const report = ['（一）项目概况。', '本项目预算37.68万元。', '（二）绩效目标。', '目标为保障医疗待遇。', '（三）评价结论。', '该项目得99.75分。', '（四）存在问题。', '无。', '（五）改进建议。', '无。'];

  it('are found by their numbered items running down, and put back in order', () => {
    const pages = [prose, [...report].reverse()];
    expect([...upsideDownPages(lines(pages))]).toEqual([2]);
    const layout = readTextLayout(pages.map((p) => p.join('\n')).join('\n\f'), 'copy.txt', 'text');
    const texts = layout.blocks.flatMap((b) => (b.kind === 'paragraph' ? [(b as ParagraphBlock).text] : []));
    expect(texts.indexOf('（一）项目概况。')).toBeLessThan(texts.indexOf('（五）改进建议。'));
  });

  it('are not a page whose items run up, nor one that steps back once (a reference to an earlier item)', () => {
    const back = ['（一）项目概况。', '（二）绩效目标。', '（三）评价结论，见（二）。', '（二）所列目标均已完成。', '（三）存在问题。'];
    expect(upsideDownPages(lines([report, back])).size).toBe(0);
  });
});
