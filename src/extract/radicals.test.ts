import { describe, expect, it } from 'vitest';
import { readLayout } from './index.js';

describe('radicals in a text file', () => {
  it('are read as the ideographs they print, in paragraphs and cells alike (the text reader unifies the whole text)', async () => {
    const text = '⼀般公共预算财政拨款收⼊\n\n| 项⽬ | ⾦额 |\n|---|---|\n| ⽀出 | 1.00 |\n';
    const layout = await readLayout('a.md', new TextEncoder().encode(text));
    const texts = layout.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.rows.flatMap((r) => r.map((c) => c.text))));
    expect(texts.join('|')).not.toMatch(/[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]/);
    expect(texts).toContain('一般公共预算财政拨款收入');
  });
});
