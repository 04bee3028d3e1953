import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

// A 2016 account written to its own year's form: eight tables, no 国有资本经营 section.
const text2016 = await readFile('test/fixtures/older/eight-table-year-2016.txt', 'utf8');
const rules = async (text: string) => (await checkText(text, { file: 'a.txt' })).findings.map((f) => f.rule);

describe('an account of a year of the eight-table form (2019 and before)', () => {
  it('is not asked for the 国有资本经营 section or table', async () => {
    const found = await rules(text2016);
    expect(found.filter((r) => r === 'completeness.section-explain-capital' || r === 'completeness.table-08')).toEqual([]);
  });

  it('the same text for 2024 is', async () => {
    expect(await rules(text2016.replaceAll('2016', '2024'))).toContain('completeness.section-explain-capital');
  });
});

describe('a glossary path with a 款 name of its own year the catalog lacks', () => {
  it('still explains the item its 项 names (行政事业单位离退休 in a 2016 account)', async () => {
    const text = await readFile('test/fixtures/older/glossary-former-kuan-name.txt', 'utf8');
    expect((await rules(text)).filter((r) => r === 'glossary.covers-items')).toEqual([]);
  });
});
