import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, ImageRun, Packer, Paragraph } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFile } from '../src/check.js';
import { T01 } from '../src/rules/table/fragments.js';

// A department's explanation published without the tables' text: the tables pasted as pictures or
// offered as the page's attachments are published, only not readable here, so their absence is not
// proved (a warning that says why), while a page with nothing but icons still lacks them (an error).

const TITLE = '某某市某某局2024年度部门决算';
const PARAS = [
  '第二部分 2024年度部门决算情况说明',
  '一、收入支出决算总体情况说明',
  '2024年度收、支总计均为238.67万元。与2023年相比，收、支总计各减少12.50万元，下降4.98%。',
  '二、收入决算情况说明',
  '2024年度本年收入合计238.67万元，其中：财政拨款收入238.67万元，占100%。',
  '第四部分 部门决算报表',
];
const dir = mkdtempSync(join(tmpdir(), 'juesuan-pictures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function html(extra: string): string {
  const file = join(dir, `page-${Math.random().toString(36).slice(2)}.html`);
  const body = [`<h1>${TITLE}</h1>`, ...PARAS.map((p) => `<p>${p}</p>`), extra].join('\n');
  writeFileSync(file, `<!doctype html><html><head><meta charset="utf-8"><title>${TITLE}</title></head><body>${body}</body></html>`);
  return file;
}

// A 1×1 PNG: the picture's content does not matter, only that the reader cannot read text from it.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

async function docx(pictures: number): Promise<string> {
  const file = join(dir, `doc-${pictures}.docx`);
  const images = Array.from({ length: pictures }, () => new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 600, height: 400 } })] }));
  const doc = new Document({ sections: [{ children: [new Paragraph(TITLE), ...PARAS.map((p) => new Paragraph(p)), ...images] }] });
  writeFileSync(file, await Packer.toBuffer(doc));
  return file;
}

const printed = (r: Awaited<ReturnType<typeof checkFile>>) => r.findings.filter((f) => f.rule === 'completeness.tables-printed');

describe('tables that may be pictures or attachments are not reported missing as an error', () => {
  it('a web page with large pictures and no table text gets a warning that names the pictures', async () => {
    const r = await checkFile(html('<p><img src="t01.png" width="800" height="600"></p><p><img src="t02.png"></p>'));
    expect(r.coverage.imagesUnread).toBe(2);
    expect(printed(r)).toHaveLength(1);
    expect(printed(r)[0]).toMatchObject({ severity: 'warning' });
    expect(printed(r)[0]?.message).toContain('2张图片');
    expect(r.findings.filter((f) => f.rule.startsWith('completeness.table-') && f.severity === 'error')).toEqual([]);
  });

  it('where some tables are printed and pictures too, each table not found is a warning, not an error', async () => {
    const [title, ...rest] = T01.split('\n').filter((l) => l.trim());
    const rows = rest.filter((l) => l.includes('\t')).map((l) => `<tr>${l.split('\t').map((c) => `<td>${c}</td>`).join('')}</tr>`);
    const notes = rest.filter((l) => !l.includes('\t')).map((l) => `<p>${l}</p>`);
    const r = await checkFile(html(`<h2>${title?.replace(/^#\s*/, '')}</h2>${notes.join('')}<table>${rows.join('')}</table><p><img src="t02.png"></p>`));
    expect(r.coverage.tablesFound).toContain('01');
    const missing = r.findings.filter((f) => /^completeness\.table-0[2-9]$/.test(f.rule));
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((f) => f.severity === 'warning' && f.message.includes('可能以图片印出'))).toBe(true);
  });

  it('icons do not count: a page with only a 16-pixel icon still lacks its tables (an error)', async () => {
    const r = await checkFile(html('<p><img src="print.gif" width="16" height="16">打印本页</p>'));
    expect(r.coverage.imagesUnread).toBe(0);
    expect(printed(r)[0]).toMatchObject({ severity: 'error' });
  });

  it('a page that links its tables as an attachment named as them has them attached (an info), as "（详见附件）" says', async () => {
    const r = await checkFile(html('<p>附件：<a href="/files/2024%E5%86%B3%E7%AE%97.xls">2024年部门决算公开报表</a></p>'));
    expect(r.coverage.attachments).toEqual(['2024年部门决算公开报表']);
    expect(r.coverage.tablesReferenced).toHaveLength(9);
    expect(printed(r)[0]).toMatchObject({ severity: 'info' });
    expect(printed(r)[0]?.message).toContain('报表另附');
  });

  it('a page that links another attachment (the whole disclosure) gets a warning naming the attachment', async () => {
    const r = await checkFile(html('<p>附件：<a href="/files/report.pdf">某某局2024年度部门决算公开</a></p>'));
    expect(r.coverage.tablesReferenced).toEqual([]);
    expect(printed(r)[0]).toMatchObject({ severity: 'warning' });
    expect(printed(r)[0]?.message).toContain('某某局2024年度部门决算公开');
  });

  it('a page with attachments has its missing sections and glossary as warnings that name them', async () => {
    const r = await checkFile(html('<p>附件：<a href="/files/report.pdf">某某局2024年度部门决算公开</a></p>'));
    const glossary = r.findings.find((f) => f.rule === 'glossary.present');
    expect(glossary).toMatchObject({ severity: 'warning' });
    expect(glossary?.message).toContain('某某局2024年度部门决算公开');
    const sections = r.findings.filter((f) => f.rule.startsWith('completeness.section-'));
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.every((f) => f.severity !== 'error' && f.message.includes('可能在附件中'))).toBe(true);
    const plain = await checkFile(html(''));
    expect(plain.findings.find((f) => f.rule === 'glossary.present')).toMatchObject({ severity: 'error' });
  });

  it('an attachment link without text is named by its file, decoded', async () => {
    const r = await checkFile(html('<p><a href="/files/2024%E5%86%B3%E7%AE%97%E8%A1%A8.xlsx"></a></p>'));
    expect(r.coverage.attachments).toEqual(['2024决算表.xlsx']);
  });

  it('a Word file with pictures and no table text gets a warning; without pictures an error', async () => {
    const withPictures = await checkFile(await docx(3));
    expect(withPictures.coverage.imagesUnread).toBe(3);
    expect(printed(withPictures)[0]).toMatchObject({ severity: 'warning' });
    const without = await checkFile(await docx(0));
    expect(without.coverage.imagesUnread).toBe(0);
    expect(printed(without)[0]).toMatchObject({ severity: 'error' });
  });
});
