import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../catalog/catalog.js';
import { findFunctionPaths, findSubjects } from './subjects.js';

const keys = (text: string) => findSubjects(text, defaultCatalog(), 'explain.general').map((m) => m.key);

describe('a list numbered ①②③ names its items as a list numbered （1）（2） does', () => {
  it('reads a 款 and its 项 after ①', () => {
    expect(keys('行政事业单位养老支出（款）行政单位离退休（项）支出决算0.25万元')).toEqual(['fc:2080501']);
    expect(keys('①行政事业单位养老支出（款）行政单位离退休（项）支出决算0.25万元')).toEqual(['fc:2080501']);
  });

  it('reads a whole path after ②', () => {
    expect(findFunctionPaths('②社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）0.25万元', defaultCatalog()).map((m) => m.key)).toEqual(['fc:2080501']);
  });
});
