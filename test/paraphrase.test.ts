import { describe, expect, it } from 'vitest';
import { checkFile } from '../src/check.js';

// A sample's explanation rewritten in other wording with its figures kept true (test/paraphrase/README.md):
// the rewrite may lose findings whose sentences it dropped, never gain an error or a warning.
const CASES = [
  {
    sample: 'samples/rongcheng-city-2024.md',
    rewrites: [
      'test/paraphrase/rongcheng-other-wording-1.md',
      'test/paraphrase/rongcheng-other-wording-2.md',
      'test/paraphrase/rongcheng-chongqing-wording.md',
      'test/paraphrase/rongcheng-beijing-wording.md',
      'test/paraphrase/rongcheng-anhui-shandong-wording.md',
      'test/paraphrase/rongcheng-guangdong-fujian-wording.md',
      'test/paraphrase/rongcheng-yunnan-sheets-wording.md',
      'test/paraphrase/rongcheng-shanxi-jiangxi-wording.md',
      'test/paraphrase/rongcheng-ningxia-tianjin-wording.md',
      'test/paraphrase/rongcheng-tables-yuan-layout.md',
      'test/paraphrase/rongcheng-tables-text-layout.md',
      'test/paraphrase/rongcheng-unit-centre-wording.md',
      'test/paraphrase/rongcheng-two-subunits-wording.md',
      'test/paraphrase/rongcheng-xinjiang-wording.md',
      'test/paraphrase/rongcheng-qinghai-numbers-wording.md',
      'test/paraphrase/rongcheng-fund-2024-tables.md',
    ],
  },
  {
    sample: 'samples/guangyuan-city-2024.txt',
    rewrites: [
      'test/paraphrase/guangyuan-other-wording-1.txt',
      'test/paraphrase/guangyuan-tibet-beijing-wording.txt',
      'test/paraphrase/guangyuan-lists-yuan-wording.txt',
      'test/paraphrase/guangyuan-older-wording.txt',
      'test/paraphrase/guangyuan-school-township-wording.txt',
      'test/paraphrase/guangyuan-yunnan-guizhou-wording.txt',
      'test/paraphrase/guangyuan-guangxi-hainan-wording.txt',
      'test/paraphrase/guangyuan-gansu-wording.txt',
      'test/paraphrase/guangyuan-neimenggu-liaoning-wording.txt',
      'test/paraphrase/guangyuan-2019-wording.txt',
      'test/paraphrase/guangyuan-heilongjiang-jilin-wording.txt',
      'test/paraphrase/guangyuan-jilin-numbers-wording.txt',
      'test/paraphrase/guangyuan-fund-2025-wording.txt',
    ],
  },
  {
    sample: 'samples/changji-prefecture-2024.txt',
    rewrites: [
      'test/paraphrase/changji-other-wording-1.txt',
      'test/paraphrase/changji-shanghai-wording.txt',
      'test/paraphrase/changji-sichuan-wording.txt',
      'test/paraphrase/changji-chongqing-yuan-wording.txt',
      'test/paraphrase/changji-tibet-yunnan-wording.txt',
      'test/paraphrase/changji-zhejiang-wording.txt',
      'test/paraphrase/changji-hunan-wording.txt',
      'test/paraphrase/changji-hubei-jiangsu-henan-wording.txt',
      'test/paraphrase/changji-shaanxi-wording.txt',
      'test/paraphrase/changji-hebei-numbers-wording.txt',
      'test/paraphrase/changji-shiye-2021-wording.txt',
      'test/paraphrase/changji-capital-2025-wording.txt',
    ],
  },
];

/** Findings a rewrite earns on purpose. */
const INTENDED: Record<string, string[]> = {
  // It details two items and none of 社会保障和就业支出's, which the structure paragraph states: a real gap.
  'test/paraphrase/changji-sichuan-wording.txt': ['warning narrative.detail-sum'],
  // It writes a fall as "增长-8.77%", as the Gansu pages it follows do: the signed rate is a real style fault.
  'test/paraphrase/guangyuan-gansu-wording.txt': ['warning template.signed-direction'],
  // Its glossary explains three items (the sample's none: an info there), and its "…（款）43.35万元，包括行政单位医疗（项）…"
  // lists are read as the 款's 项: seven items it details are not explained, a real gap of the rewrite.
  'test/paraphrase/changji-hubei-jiangsu-henan-wording.txt': ['warning glossary.covers-items'],
  // Their glossaries explain five items (Shaanxi) and the 款 with their 项 listed in words (Hebei), the sample's none:
  // the items they leave out are a real gap of the rewrites (an info on the sample, which explains none).
  'test/paraphrase/changji-shaanxi-wording.txt': ['warning glossary.covers-items'],
  'test/paraphrase/changji-hebei-numbers-wording.txt': ['warning glossary.covers-items'],
};

describe.each(CASES)('$sample told in other words', ({ sample, rewrites }) => {
  it.each(rewrites)('%s raises no error or warning the sample does not', async (rewrite) => {
    const [base, other] = await Promise.all([checkFile(sample), checkFile(rewrite)]);
    const known = new Set([...base.findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.rule}`), ...(INTENDED[rewrite] ?? [])]);
    const added = other.findings.filter((f) => f.severity !== 'info' && !known.has(`${f.severity} ${f.rule}`)).map((f) => `${f.rule}: ${f.message}`);
    expect(added).toEqual([]);
    // The rewrite is read: its tables and claims are there to check.
    expect(other.coverage.tablesFound.length).toBe(base.coverage.tablesFound.length);
    expect(other.coverage.claims).toBeGreaterThan(20);
  });
});
