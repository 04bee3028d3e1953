import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../src/check.js';
import { readTextLayer } from '../src/extract/pdf/text-layer.js';

/*
 * A page cut through a row of a table (test/fixtures/clipped: pages 3–4 of the rongcheng sample as HTML
 * printed by wkhtmltopdf 0.12.6, `wkhtmltopdf page.html out.pdf`). wkhtmltopdf does not move a row that
 * does not fit to the next page: it draws the whole table on both pages, each clipped to its page's
 * text area, so 03's row "2101505 医疗保障政策管理 81.29 …" stands in the text layer at the foot of page 3
 * (its top half shown) and again at the head of page 4 (its bottom half), and the column borders of the
 * rows below run on past the foot. Before: the row read twice, two false 03 hierarchy errors
 * ("207.55 ≠ 126.26 + 81.29 + 81.29").
 */
const FILE = 'test/fixtures/clipped/rongcheng-wkhtmltopdf-pages-3-4.pdf';

describe('a page that cuts a row of a table', () => {
  it('reads the row once, on the page that shows more of it', async () => {
    const { pages } = await readTextLayer(new Uint8Array(await readFile(FILE)), FILE);
    const rows = pages.map((p) => p.items.filter((i) => i.str.includes('2101505')).map((i) => Math.round(i.y)));
    // Page 3: 02's row only (03's, cut at the foot, shows less than half); page 4: 03's row at its head.
    expect(rows).toEqual([[475], [7]]);
  });

  it('keeps no text or border past the clip: nothing stands below the foot of page 3', async () => {
    const { pages } = await readTextLayer(new Uint8Array(await readFile(FILE)), FILE);
    const page = pages[0];
    const foot = Math.max(...(page?.items ?? []).map((i) => i.y + i.height));
    // The print's clip ends 10.5 pt above the paper's foot (831.5 pt down); the cut row's baseline is below it.
    expect(foot).toBeLessThan(831.6);
    expect(Math.max(...(page?.rules ?? []).map((r) => Math.max(r.y1, r.y2)))).toBeLessThan(831.6);
  });

  it('gives 03 without a false hierarchy error', async () => {
    const report = await checkFile(FILE);
    expect(report.findings.filter((f) => f.rule === 'table.03.hierarchy')).toEqual([]);
    // 03 read: its classes sum (the row is there once, the 款 21015 = its two 项).
    expect(report.coverage.tablesFound).toContain('03');
  });
});
