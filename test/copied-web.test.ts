import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkFile, checkText } from '../src/check.js';
import '../src/extract/register.js';
import { readTextLayout } from '../src/extract/text/read-text.js';
import { browserWithScratch, hasChromium } from './tools/chromium.js';
import { missingFrom } from './tools/compare.js';
import { listSamples, makeVariants } from './tools/make-variants.js';

/*
 * A web page copied out of the browser (select all, copy: the page's innerText) is checked as the
 * page is. The browser writes a table as one line per row with its cells apart by tabs, but a line
 * break inside a cell as a line break: a self-evaluation sheet's 年度总体目标 ("目标1：…" / "目标2：…")
 * then stands on lines without tabs in the middle of the sheet.
 */
const scratch = browserWithScratch('juesuan-copied-web-');

const samples = await listSamples();

describe.each(samples.map((s) => [basename(s), s] as const))('%s copied out of the browser', (_name, sample) => {
  it.skipIf(!hasChromium)('gives the findings of the page, and reads every self-evaluation sheet', async () => {
    const { html } = await makeVariants(sample, join(scratch.dir, basename(sample)));
    const page = await (scratch.browser as Browser).newPage();
    await page.goto(pathToFileURL(html).href);
    const copied = await page.evaluate(() => document.body.innerText);
    await page.close();
    const [original, pasted] = [await checkFile(sample), await checkText(copied, { file: `${basename(sample)}.txt` })];
    expect(pasted.coverage.performanceSheets).toBe(original.coverage.performanceSheets);
    expect(missingFrom(original.findings, pasted.findings)).toEqual([]);
    expect(missingFrom(pasted.findings, original.findings)).toEqual([]);
  }, 60_000);
});

describe('a tab-separated table whose cell holds line breaks', () => {
  const sheet = [
    '项目支出绩效自评表',
    '(2024年度)',
    '项目名称\t医保经办工作经费',
    '年度总体目标\t预期目标\t实际完成情况',
    '\t目标1：推进药品集中采购。',
    '目标2：提高群众对医保政策的知晓率。',
    '目标3：提高统筹地区覆盖率。\t截至2024年12月31日，全部完成。',
    '\t一级指标\t二级指标\t三级指标',
    '总分\t100\t\t\t\t92.58分\t\t',
    '项目支出绩效自评表',
    '(2024年度)',
    '项目名称\t公用经费',
    '主管部门\t昌吉回族自治州医疗保障局',
  ].join('\n');

  it('keeps the cell’s lines in its row, with the cells after it, and the table goes on', () => {
    const blocks = readTextLayout(sheet, 'page.txt', 'text').blocks;
    const tables = blocks.filter((b) => b.kind === 'table');
    const first = tables[0];
    expect(first?.kind === 'table' && first.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['项目名称', '医保经办工作经费'],
      ['年度总体目标', '预期目标', '实际完成情况'],
      ['', '目标1：推进药品集中采购。\n目标2：提高群众对医保政策的知晓率。\n目标3：提高统筹地区覆盖率。', '截至2024年12月31日，全部完成。'],
      ['', '一级指标', '二级指标', '三级指标'],
      ['总分', '100', '', '', '', '92.58分', '', ''],
    ]);
  });

  it('never takes the next sheet’s title into a row that ends complete', () => {
    const blocks = readTextLayout(sheet, 'page.txt', 'text').blocks;
    expect(blocks.filter((b) => b.kind === 'table')).toHaveLength(2);
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.kind === 'paragraph' && b.text)).toEqual([
      '项目支出绩效自评表',
      '(2024年度)',
      '项目支出绩效自评表',
      '(2024年度)',
    ]);
  });
});
