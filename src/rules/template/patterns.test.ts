import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../../model/disclosure.js';
import { linesMatching, linesWith } from './patterns.js';
import { withoutCaptures } from '../../model/regex-source.js';

/** What linesMatching must equal: the pattern asked of every line on its own. */
function perLine(doc: Disclosure, re: RegExp) {
  return doc.lines.flatMap((l) => {
    const m = re.exec(l.text);
    return m ? [{ text: l.text, match: m[0], location: l.location, source: l }] : [];
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
  it('places a match in a paragraph wrapped over lines on the line it stands on, and keeps the paragraph as its source', () => {
    const text = '2024年度收入总计238.67万元，比上年减少92.61万元，下降（说明原因）。';
    const at = text.indexOf('下降');
    const para = { text, location: { file: 't.txt', page: 3, line: 10, text }, breaks: [{ offset: at - 3, line: 11 }, { offset: at + 3, line: 12, page: 4 }] };
    const doc = { lines: [para] } as unknown as Disclosure;
    const [hit] = linesMatching(doc, /说明原因/);
    expect(hit?.location).toMatchObject({ page: 4, line: 12 });
    expect(hit?.source).toBe(para);
    expect(linesMatching(doc, /下降/)[0]?.location).toMatchObject({ page: 3, line: 11 });
    expect(linesMatching(doc, /收入总计/)[0]?.location).toBe(para.location);
  });
  it('empty documents and lines', () => {
    expect(linesMatching(docOf([]), /x/)).toEqual([]);
    expect(linesMatching(docOf(['', '', 'x']), /x?/)).toEqual(perLine(docOf(['', '', 'x']), /x?/));
  });
});

describe('withoutCaptures', () => {
  it('makes capturing groups non-capturing, leaving classes, escapes and other groups', () => {
    expect(withoutCaptures('请(自行)?删除|(请|须)?根据')).toBe('请(?:自行)?删除|(?:请|须)?根据');
    expect(withoutCaptures('[(（]\\d+(分)[)）]\\(x\\)(?=a)(?<!b)(?:c)')).toBe('[(（]\\d+(?:分)[)）]\\(x\\)(?=a)(?<!b)(?:c)');
    expect(withoutCaptures('[\\]()](a)')).toBe('[\\]()](?:a)');
  });
  it('leaves patterns with back-references as they are', () => {
    expect(withoutCaptures('(的|了)\\1(?!\\1)')).toBe('(的|了)\\1(?!\\1)');
    expect(withoutCaptures('(?<w>年度)\\k<w>')).toBe('(?<w>年度)\\k<w>');
  });
  it('matches the same text as the pattern', () => {
    const texts = ['主要原因是：（请根据实际情况填写，无此项的请自行删除）。', '根据实际情况调整', '此处应', '无'];
    const re = /请(自行)?删除|(请|须|需)?根据(本单位|单位|部门)?实际(情况)?(填写|填列|修改|调整|选择)|如无此项|无此项的?请|此处(填写|应|为)/;
    const bare = new RegExp(withoutCaptures(re.source));
    for (const t of texts) expect(bare.exec(t)?.[0]).toBe(re.exec(t)?.[0]);
  });
});
