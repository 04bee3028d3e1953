import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../catalog/catalog.js';
import { findFunctionPaths } from './subjects.js';

const paths = (text: string) => findFunctionPaths(text, defaultCatalog()).map((m) => [m.key, m.label]);

describe('a 类/款/项 path read from a clause', () => {
  it('starts at the known class name the clause’s own words end with', () => {
    expect(paths('支出全部为其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）50万元')).toEqual([
      ['fc:2296002', '其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）'],
    ]);
  });

  it('keeps 用于 that begins a 项’s own name, and drops it before the class', () => {
    expect(paths('主要用于其他支出（类）彩票公益金安排的支出（款）用于残疾人事业的彩票公益金支出（项）')).toEqual([
      ['fc:2296006', '其他支出（类）彩票公益金安排的支出（款）用于残疾人事业的彩票公益金支出（项）'],
    ]);
  });

  it('leaves a class name the catalog knows whole', () => {
    expect(paths('1.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）')).toEqual([
      ['fc:2080505', '社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）'],
    ]);
  });
});
