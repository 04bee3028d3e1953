import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../../model/disclosure.js';
import { linesMatching, linesWith } from './patterns.js';

/** What linesMatching must equal: the pattern asked of every line on its own. */
function perLine(doc: Disclosure, re: RegExp) {
  return doc.lines.flatMap((l) => {
    const m = re.exec(l.text);
    return m ? [{ text: l.text, match: m[0], location: l.location }] : [];
  });
}

function docOf(texts: string[]): Disclosure {
  return { lines: texts.map((text, i) => ({ text, location: { file: 't.md', line: i + 1 } })) } as unknown as Disclosure;
}

describe('linesMatching', () => {
  // Lines where a scan of the joined text runs across a line break, matches at a line's start or end,
  // or finds the pattern twice in one line.
  const texts = [
    '支出决算为',
    '万元，占',
    '%。',
    '',
    '单位：万',
    '单位：万元',
    'XX万元和XX%',
    'aXXb',
    'XX',
    '年度年度年度',
    '的的',
    '参保率达到',
    '100',
    '比例为 5 和比例为6',
    '单位：千',
  ];
  const patterns = [
    /(为|计|达|共|支出|收入|决算|预算数?|合计|总额|减少|增加)\s*(万元|元)(?![\u4e00-\u9fa5]*[0-9])|占\s*%|(增长|下降)\s*%/,
    /(?:金额)?单位\s*[：:]\s*(万|千|亿|百万)\s*(?:$|[）)\s|，,；;])/,
    /(?<![A-Za-z])(?:X{2,}|x{3,}|×{2,}|＊{2,}|\*{3,})(?![A-Za-z])|[0０]?[Xx×]{1,3}(?:万元|%)/,
    /(年度|支出|收入|项目|预算|决算|经费|情况|要求|[的了和及])\1(?!\1)/,
    /(?:率|占比|比重|比例)(?:达到|达|为|是|约)\s*\d/,
    /^单位/,
    /万$/,
  ];
  for (const re of patterns) {
    it(`finds what a per-line match finds: ${re.source.slice(0, 30)}`, () => {
      const doc = docOf(texts);
      expect(linesMatching(doc, re)).toEqual(perLine(doc, re));
    });
  }
  it('linesWith gives the very line objects a per-line test keeps', () => {
    const doc = docOf(texts);
    for (const re of patterns) expect(linesWith(doc, re)).toEqual(doc.lines.filter((l) => re.test(l.text)));
    const kept = linesWith(doc, /年度/);
    expect(kept[0]).toBe(doc.lines[9]);
  });
  it('empty documents and lines', () => {
    expect(linesMatching(docOf([]), /x/)).toEqual([]);
    expect(linesMatching(docOf(['', '', 'x']), /x?/)).toEqual(perLine(docOf(['', '', 'x']), /x?/));
  });
});
