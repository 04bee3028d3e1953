import { describe, expect, it } from 'vitest';
import { extractBytes } from '../check.js';

const read = async (text: string) => (await extractBytes('g.md', new TextEncoder().encode(text))).glossary.map((g) => g.term);

const HEAD = '# 某某局2024年度部门决算\n\n## 第四部分 名词解释\n\n';

describe('the glossary is read to its end', () => {
  it('past a line of template ellipsis between entries', async () => {
    const terms = await read(`${HEAD}一、财政拨款收入：指单位从同级财政部门取得的财政预算资金。\n\n……\n\n二、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。\n\n三、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。\n`);
    expect(terms).toEqual(['财政拨款收入', '基本支出', '项目支出']);
  });
  it('past a definition broken over two paragraphs', async () => {
    const terms = await read(`${HEAD}一、财政拨款收入：指单位从同级财政部门取得的财政预算资金，\n\n包括一般公共预算财政拨款和政府性基金预算财政拨款。\n\n二、基本支出：指为保障机构正常运转而发生的支出。\n`);
    expect(terms).toEqual(['财政拨款收入', '基本支出']);
  });
  it('and stops at the first paragraph after it that is not an entry', async () => {
    const terms = await read(`${HEAD}一、财政拨款收入：指单位从同级财政部门取得的财政预算资金。\n\n二、基本支出：指为保障机构正常运转而发生的支出。\n\n本单位承诺以上内容真实。\n`);
    expect(terms).toEqual(['财政拨款收入', '基本支出']);
  });
});
