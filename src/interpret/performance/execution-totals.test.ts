import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';
import { inputFromDisclosure } from '../../compose/from-disclosure.js';
import { scoreDocument } from '../../score/document.js';

/*
 * The department's whole spending and its evaluated projects together, with budget, spending and rate
 * ("部门整体支出自评1个，涉及全年预算1,239.70万元，全年执行1,238.51万元，执行率99.90%"): the rate is held to its
 * amounts, the whole to the overall sheet.
 */
const HUNAN = 'test/paraphrase/changji-hunan-wording.txt';
const HEBEI = 'test/paraphrase/changji-hebei-numbers-wording.txt';
const SAMPLE = 'samples/changji-prefecture-2024.txt';

async function quotesOf(text: string) {
  const doc = await extractBytes('a.txt', new TextEncoder().encode(text));
  return doc.performance.quotes.map((q) => [q.name, q.fullBudget?.raw, q.executed?.raw, q.rate?.raw ?? null]);
}
const findings = async (text: string) => (await checkText(text, { file: 'a.txt' })).findings.filter((f) => f.severity !== 'info');
const planted = async (file: string, from: string, to: string) => {
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  return findings(text.replace(from, to));
};

describe('the execution of the whole spending and of all projects together', () => {
  it('reads the whole and the projects counted, each with its budget, spending and rate', async () => {
    expect(await quotesOf('十三、预算绩效情况说明\n本单位2024年度对部门整体支出开展绩效自评，形成整体支出绩效自评表1个，全年预算数1,239.70万元，全年执行数1,238.51万元，执行率99.90%；对11个项目开展绩效自评，全年预算数682.26万元，全年执行数680.70万元，执行率99.77%。\n')).toEqual([
      ['部门整体支出', '1,239.70', '1,238.51', '99.90%'],
      ['11个项目合计', '682.26', '680.70', '99.77%'],
    ]);
    expect(await quotesOf('十三、预算绩效情况说明\n部门整体支出全年预算1,239.70万元，全年执行1,238.51万元；11个项目全年预算合计682.26万元，全年执行合计680.70万元。\n')).toEqual([
      ['部门整体支出', '1,239.70', '1,238.51', null],
      ['11个项目合计', '682.26', '680.70', null],
    ]);
  });

  it('reads nothing where the sentence names neither the whole nor a count of projects', async () => {
    expect(await quotesOf('十三、预算绩效情况说明\n本年全年预算数为682.26万元，执行数为680.70万元，完成预算的99.77%。本局全年预算数为9.93万元，执行数为9.20万元。\n')).toEqual([]);
  });

  it('true text gives nothing of them', async () => {
    for (const file of [HUNAN, HEBEI, SAMPLE]) {
      const found = await findings(await readFile(file, 'utf8'));
      expect(found.filter((f) => /部门整体支出|项目合计/.test(f.message))).toEqual([]);
    }
  });

  it('a rate written wrong is one finding, against the overall sheet that prints the rate the amounts give', async () => {
    const found = await planted(HUNAN, '全年执行1,238.51万元，执行率99.90%', '全年执行1,238.51万元，执行率99.80%');
    expect(found.filter((f) => /99\.80%/.test(f.message)).map((f) => `${f.rule} ${f.message}`)).toEqual([expect.stringMatching(/^performance\.quote-consistency .*部门整体支出.*99\.80%.*99\.9%.*预算执行率计算」不再另报/)]);
  });

  it('without the overall sheet, a rate written wrong is found with its amounts', async () => {
    const text = (await readFile(HUNAN, 'utf8')).replace('全年执行1,238.51万元，执行率99.90%', '全年执行1,238.51万元，执行率99.80%');
    const cut = text.slice(0, text.indexOf('具体见所附整体支出绩效自评表'));
    const found = await findings(cut);
    expect(found.filter((f) => /99\.80%/.test(f.message)).map((f) => `${f.rule} ${f.message}`)).toEqual([expect.stringMatching(/^performance\.execution-rate .*部门整体支出.*99\.80%.*1,238\.51.*1,239\.70/)]);
  });

  it('the projects\' total rate written wrong is found with its amounts', async () => {
    const found = await planted(HEBEI, '执行率99.77%', '执行率99.67%');
    expect(found.filter((f) => /99\.67%/.test(f.message)).map((f) => `${f.rule} ${f.message}`)).toEqual([expect.stringMatching(/^performance\.execution-rate .*项目合计.*99\.67%.*680\.70.*682\.26/)]);
  });

  it('the whole\'s budget written otherwise than on the overall sheet is one finding with both figures', async () => {
    const found = await planted(HUNAN, '涉及全年预算1,239.70万元', '涉及全年预算1,293.70万元');
    expect(found.filter((f) => /1,293\.70/.test(f.message)).map((f) => `${f.rule} ${f.message}`)).toEqual([expect.stringMatching(/^performance\.quote-consistency .*部门整体支出.*1,293\.70.*1,239\.70/)]);
  });

  it('is no project of its own: scoring and composing from the document leave it out', async () => {
    const doc = await extractBytes('a.txt', new TextEncoder().encode('十三、预算绩效情况说明\n本单位对11个项目开展绩效自评，全年预算数682.26万元，全年执行数680.70万元，执行率99.77%。\n'));
    expect(doc.performance.quotes.map((q) => [q.name, q.aggregate])).toEqual([['11个项目合计', true]]);
    expect(scoreDocument(doc).projects.map((p) => p.name)).toEqual([]);
    expect((inputFromDisclosure(doc).performance?.projects ?? []).map((p) => p.name)).toEqual([]);
  });
});
