import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../../model/disclosure.js';
import { ownBudgetLevel } from './level.js';

const level = (department: string) => ownBudgetLevel({ facts: { department } } as unknown as Disclosure);

describe('the budget level of a department, from its name', () => {
  it.each([
    ['荣成市医疗保障局', '市'],
    ['四川省广元市医疗保障局', '市'],
    ['上海市普陀区财政局', '区'],
    ['昌吉回族自治州医疗保障局', '州'],
    ['某某县卫生健康局', '县'],
    ['新疆维吾尔自治区财政厅', '区'],
    ['荣成市市场监督管理局', '市'],
    ['某某市社区矫正管理局', '市'],
    ['某某市城市管理局', '市'],
  ])('%s → %s级', (name, expected) => {
    expect(level(name)).toBe(expected);
  });

  it('is unknown when the name has no administrative unit', () => {
    expect(level('国家医疗保障局')).toBeNull();
  });
});
