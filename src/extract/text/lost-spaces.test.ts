import { describe, expect, it } from 'vitest';
import { restoreLostSpaces } from './lost-spaces.js';

describe('spaces a narrower character set turned into "?"', () => {
  it('are spaces again at a line start, beside a space and in runs, one for one', () => {
    expect(restoreLostSpaces('目 ???录\n?\n????三、支出决算表\n第一部分 ?某县概况')).toBe('目    录\n \n    三、支出决算表\n第一部分  某县概况');
  });

  it('a lone "?" inside a word and a URL\'s query stay', () => {
    const text = '张?同志\nhttp://www.example.gov.cn/a.jsp?id=3';
    expect(restoreLostSpaces(text)).toBe(text);
  });
});
