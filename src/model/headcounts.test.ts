import { describe, expect, it } from 'vitest';
import { extractBytes } from '../check.js';
import { countBreakdowns, countedNames } from './headcounts.js';

const read = (text: string) => extractBytes('人员.txt', new TextEncoder().encode(text));
const doc = (...paras: string[]) => `# 某某局2024年度部门决算公开说明\n\n## 一、部门基本情况\n\n${paras.join('\n\n')}\n`;

describe('count breakdowns', () => {
  it('reads the whole, its parts and skips the changes said of each part', async () => {
    const [b, ...rest] = countBreakdowns(await read(doc('2024年度，实有人数31人，其中：在职人员30人，减少1人；离休人员0人，增加0人；退休人员1人，增加1人。')));
    expect(rest).toHaveLength(0);
    expect(b?.whole).toMatchObject({ label: '实有人数', value: 31 });
    expect(b?.parts.map((p) => `${p.label}${p.value}`)).toEqual(['在职人员30', '离休人员0', '退休人员1']);
    expect(b?.exclusive).toBe(true);
  });

  it('reads a sentence a PDF print broke inside a figure, and keeps each part on its own line', async () => {
    const d = await read(doc('人员情况：实有人数3', '1人，其中在职人员30人，退休人员', '1人。'));
    const [b] = countBreakdowns(d);
    expect(b?.whole.value).toBe(31);
    expect(b?.parts.map((p) => p.value)).toEqual([30, 1]);
    expect(b?.parts[1]?.location.text).toContain('退休人员');
  });

  it('ends a list at a class of another classification and at another whole', async () => {
    const [a, b] = countBreakdowns(await read(doc('总编制43个，其中:行政编制15个，事业编制28个；实有人数40人，其中:行政人员13人，事业人员27人；退休人员11人。')));
    expect(a?.parts.map((p) => p.label)).toEqual(['行政编制', '事业编制']);
    expect(b?.parts.map((p) => p.label)).toEqual(['行政人员', '事业人员']);
  });

  it('takes classes of no known classification as parts that need not add up', async () => {
    const [b] = countBreakdowns(await read(doc('在职人员30人，其中女性18人，党员25人。')));
    expect(b?.parts).toHaveLength(2);
    expect(b?.exclusive).toBe(false);
  });

  it('takes a sentence that opens with 其中 as the parts of the count ending the sentence before', async () => {
    const d = await read(doc('截至年末，本单位实有人数16人。', '其中：在职人员13人，退休人员4人。'));
    const [b, ...rest] = countBreakdowns(d);
    expect(rest).toHaveLength(0);
    expect(b?.whole).toMatchObject({ label: '实有人数', value: 16 });
    expect(b?.whole.location.text).toContain('实有人数16人');
    expect(b?.parts.map((p) => p.value)).toEqual([13, 4]);
    expect(b?.exclusive).toBe(true);
  });

  it('does not take 其中 across a full stop when the sentence before has two counts or ends otherwise', async () => {
    expect(countBreakdowns(await read(doc('核定编制20名，实有人数16人。其中：在职人员13人，退休人员4人。')))).toEqual([]);
    expect(countBreakdowns(await read(doc('实有人数16人，较上年减少2人。其中：在职人员13人，退休人员4人。')))).toEqual([]);
    expect(countBreakdowns(await read(doc('实有人数16人。', '（二）机构设置', '其中：在职人员13人，退休人员4人。')))).toEqual([]);
  });

  it('leaves asides in brackets out of the list', async () => {
    const [b] = countBreakdowns(await read(doc('在职人员40人，其中：行政人员13人（其中女性5人），事业人员27人。')));
    expect(b?.parts.map((p) => p.value)).toEqual([13, 27]);
  });
});

describe('counted names', () => {
  it('counts the names after 分别是, in Chinese numerals too, and marks a list ending in 等', async () => {
    const d = await read(doc('内设机构三个，分别是：办公室、财务科和业务科。下属单位5个，包括：某某中心、某某站等。'));
    const [a, b] = countedNames(d);
    expect(a).toMatchObject({ names: ['办公室', '财务科和业务科'], lastMayBeTwo: true, partial: false });
    expect(a?.count.value).toBe(3);
    expect(b?.partial).toBe(true);
  });
});
