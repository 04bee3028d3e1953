import { describe, expect, it } from 'vitest';
import { lexFigures } from './figures.js';

const counts = (t: string) => lexFigures(t).filter((k) => k.kind === 'count').map((k) => `${k.value}${k.unit}`);

describe('counts in Chinese numerals', () => {
  it('are read before a count unit: "保有量为十二辆", "接待共三批次、二十一人次", "共有车辆两辆"', () => {
    expect(counts('公务用车保有量为十二辆')).toEqual(['12辆']);
    expect(counts('国内公务接待共三批次、二十一人次')).toEqual(['3批次', '21人次']);
    expect(counts('本部门共有车辆两辆，价值19.77万元')).toEqual(['2辆']);
    expect(counts('保有量为一辆')).toEqual(['1辆']);
  });
  it('are not words: "同一辆车", "一次性", "统一个标准", "一个", "一项"', () => {
    expect(counts('使用同一辆车，发放一次性补助，统一个标准，这是一个重要项目，完成一项工作')).toEqual([]);
  });
});
