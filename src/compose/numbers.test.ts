import { describe, expect, it } from 'vitest';
import { Decimal } from '../model/decimal.js';
import { changeClause, chineseNumber, directionOf, money, percent, sharesSummingTo100 } from './numbers.js';

const D = (v: string) => new Decimal(v);

describe('compose numbers', () => {
  it('gives shares that add up to exactly 100.00 by largest remainder', () => {
    // 1/3 each rounds to 33.33 three times (99.99): the largest remainder takes the last unit.
    expect(sharesSummingTo100([D('1'), D('1'), D('1')])).toEqual(['33.34', '33.33', '33.33']);
    const parts = [D('13.06'), D('214.25'), D('11.36')];
    const shares = sharesSummingTo100(parts);
    expect(shares).toEqual(['5.47', '89.77', '4.76']);
    expect(shares.reduce((s, x) => s.plus(x), D('0')).toFixed(2)).toBe('100.00');
    expect(sharesSummingTo100([D('0'), D('0')])).toEqual(['0.00', '0.00']);
  });

  it('writes the change with the right direction word and a rate on the prior', () => {
    expect(changeClause(D('238.67'), D('331.28'))).toBe('减少92.61万元，下降27.96%');
    expect(changeClause(D('157.38'), D('142.33'))).toBe('增加15.05万元，增长10.57%');
    expect(changeClause(D('5'), D('5.00'))).toBe('持平');
    // A prior of zero has no rate: the line is new, said without one.
    expect(changeClause(D('20'), D('0'))).toBe('新增20.00万元');
    expect(directionOf(D('20'), D('0'))).toBe('new');
    expect(changeClause(D('0.004'), D('0'))).toBe('持平'); // both print as 0.00
    // A line gone this year fell by all of last year's figure.
    expect(changeClause(D('0'), D('3.2'))).toBe('减少3.20万元，下降100.00%');
    expect(directionOf(D('0'), D('3.2'))).toBe('decrease');
  });

  it('rounds half up on the exact quotient, never through a float', () => {
    expect(percent(D('1'), D('8'))).toBe('12.50');
    expect(percent(D('0.125'), D('1'))).toBe('12.50');
    expect(percent(D('2.675'), D('100'))).toBe('2.68'); // 2.675 as a float rounds to 2.67
    expect(money('1.005')).toBe('1.01');
    expect(percent(D('1'), D('0'))).toBeNull();
    expect(chineseNumber(13)).toBe('十三');
    expect(chineseNumber(20)).toBe('二十');
  });
});
