import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFile, checkText } from '../check.js';
import { TRADITIONAL_PART_REASON } from '../interpret/index.js';
import { inTraditionalScript, toSimplified, TRADITIONAL_NOTE } from './traditional.js';

describe('the traditional script read as the simplified', () => {
  it('writes the words of an account in their simplified forms, one character for one', () => {
    const t = '2018年度一般公共預算財政撥款“三公”經費支出決算數為8.50萬元，與上年相比減少1.20萬元。';
    const s = toSimplified(t);
    expect(s).toBe('2018年度一般公共预算财政拨款“三公”经费支出决算数为8.50万元，与上年相比减少1.20万元。');
    expect(s.length).toBe(t.length);
  });

  it('leaves text in the simplified script as it is', () => {
    const simplified = '本部门2024年度财政拨款收入800.00万元，比上年增加20.00万元。';
    expect(toSimplified(simplified)).toBe(simplified);
  });

  it('takes a simplified account with one traditional slip ("金額") for a simplified one', () => {
    const text = readFileSync('samples/rongcheng-city-2024.md', 'utf8');
    expect(text).toContain('金額');
    expect(inTraditionalScript(text)).toBe(false);
  });

  it('reads a mirror site\'s traditional copy of an account as one part of it, saying so', async () => {
    const r = await checkFile('test/real-pages/920.txt');
    expect(r.facts.kind).toBe('final-part');
    expect(r.facts.kindReason).toBe(TRADITIONAL_PART_REASON);
    expect(r.findings.filter((f) => f.rule.startsWith('completeness.') && f.rule !== 'completeness.document-kind')).toEqual([]);
  });

  it('reads a mirror site\'s traditional copy of a 三公 account, saying so', async () => {
    const r = await checkFile('test/real-pages/852.txt');
    expect(r.facts.kind).not.toBe('other');
    expect(r.coverage.claims).toBeGreaterThan(0);
    expect(r.coverage.unread).toContain(TRADITIONAL_NOTE);
  });

  it('checks a mirror\'s copy as a part of an account, without its converter\'s doubled marks (",、")', async () => {
    expect(readFileSync('test/real-pages/293.txt', 'utf8')).toContain('萬元,、政府采購');
    const r = await checkFile('test/real-pages/293.txt');
    expect(r.facts.kind).toBe('final-part');
    expect(r.findings.filter((f) => f.rule === 'template.punctuation')).toEqual([]);
  });

  it('drops a mirror\'s pinyin after the characters it converted ("預(yù)算") and finds the copy\'s slip of unit', async () => {
    const r = await checkFile('test/real-pages/852.txt');
    const slip = r.findings.find((f) => f.rule === 'year-unit.unit-slip');
    expect(slip?.message).toContain('因公出国(境)费支出」写作2.7元');
  });

  it('a short page in the traditional script is judged by what it says (a region\'s budget execution)', async () => {
    const r = await checkText('財政預算執行情況\n(一)收入方面\n1-5月,全區一般公共預算收入完成56033萬元,完成年初預算的45.5%,同比增長28.1%。\n(二)支出方面\n1-5月,全區一般公共預算支出98240萬元,完成年初預算的48.99%。\n', { file: 'page.txt' });
    expect(r.facts.kind).toBe('government-final');
    expect(r.coverage.unread).toContain(TRADITIONAL_NOTE);
  });
});
