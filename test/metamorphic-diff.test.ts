import { describe, expect, it } from 'vitest';
import { type Compared, diffFindings, placeless } from '../bench/metamorphic-diff.js';

const f = (rule: string, severity: Compared['severity'], message: string): Compared => ({ rule, severity, message });

describe('metamorphic comparison (npm run metamorphic)', () => {
  it('counts new and lost findings by rule and severity, as multisets, leaving info out', () => {
    const source = [f('a', 'error', 'x'), f('b', 'warning', 'y'), f('c', 'info', 'note')];
    const variant = [f('a', 'error', 'x'), f('a', 'error', 'z'), f('c', 'info', 'other note')];
    const d = diffFindings(source, variant);
    expect(d.added).toEqual([f('a', 'error', 'z')]);
    expect(d.lost).toEqual([f('b', 'warning', 'y')]);
  });

  it('a finding that changes severity is lost at one and new at the other', () => {
    const d = diffFindings([f('a', 'error', 'x')], [f('a', 'warning', 'x')]);
    expect(d.added).toEqual([f('a', 'warning', 'x')]);
    expect(d.lost).toEqual([f('a', 'error', 'x')]);
  });

  it('names as new the finding whose message differs, not one only moved to another page or line', () => {
    const source = [f('a', 'error', '第3页第5行：合计100与明细之和90不符')];
    const variant = [f('a', 'error', '合计7与明细之和6不符'), f('a', 'error', '第4页第1行：合计100与明细之和90不符')];
    expect(diffFindings(source, variant)).toEqual({ added: [f('a', 'error', '合计7与明细之和6不符')], lost: [] });
  });

  it('a finding reworded under the same rule and severity is neither new nor lost', () => {
    expect(diffFindings([f('a', 'warning', '只列出了部分科目')], [f('a', 'warning', '只列出了部分科目（共2处）：另一句')])).toEqual({ added: [], lost: [] });
  });

  it('places and counts are not part of a message compared', () => {
    expect(placeless('第12行 表3 共4处 缺少')).toBe(placeless('第1页 表1 共2处 缺少'));
  });
});
