import { describe, expect, it } from 'vitest';
import { uprightTurn } from './text-layer.js';

type M = [number, number, number, number, number, number];
const apply = (m: M, x: number, y: number) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
// A4 portrait in viewport space (y down): identity viewport, runs given directly in it.
const ID: M = [1, 0, 0, 1, 0, 0];
const run = (str: string, a: number, b: number, c: number, d: number, x = 100, y = 100) => ({ str, transform: [a, b, c, d, x, y], width: 10, height: 10 });

describe('turning a page whose text runs sideways', () => {
  it('leaves an upright page as it is', () => {
    expect(uprightTurn([run('一般公共预算财政拨款支出', 10, 0, 0, -10)], ID, 595, 842)).toEqual({ matrix: ID, width: 595, height: 842 });
  });
  it('turns text running down the page (a page turned 90°) to read left to right, the page landscape', () => {
    const t = uprightTurn([run('一般公共预算财政拨款支出', 0, 10, 10, 0)], ID, 595, 842);
    expect([t.width, t.height]).toEqual([842, 595]);
    // The run's direction (0, 1) becomes (1, 0); the page's corners stay on the page.
    const [dx, dy] = [t.matrix[0] * 0 + t.matrix[2] * 1, t.matrix[1] * 0 + t.matrix[3] * 1];
    expect([dx, dy]).toEqual([1, 0]);
    for (const [x, y] of [[0, 0], [595, 842]] as const) {
      const [u, v] = apply(t.matrix, x, y);
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThanOrEqual(842);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(595);
    }
  });
  it('turns text running up the page, and upside-down text, the same way', () => {
    const up = uprightTurn([run('公开05表', 0, -10, -10, 0)], ID, 595, 842);
    expect([-up.matrix[2], -up.matrix[3] + 0]).toEqual([1, 0]);
    const flipped = uprightTurn([run('公开05表', -10, 0, 0, 10)], ID, 595, 842);
    expect(flipped).toEqual({ matrix: [-1, 0, 0, -1, 595, 842], width: 595, height: 842 });
  });
  it('keeps a page whose sideways text does not clearly outweigh its upright text', () => {
    const runs = [run('部门决算说明第一段文字', 10, 0, 0, -10), run('图表说明文字', 0, 10, 10, 0)];
    expect(uprightTurn(runs, ID, 595, 842).matrix).toEqual(ID);
    // A sideways table with its page number printed upright is turned.
    const table = [run('一般公共预算财政拨款支出决算表', 0, 10, 10, 0), run('支出功能分类科目编码名称', 0, 10, 10, 0), run('第 3 页', 10, 0, 0, -10)];
    expect(uprightTurn(table, ID, 595, 842).width).toBe(842);
  });
});

describe('text set at a slant', () => {
  it('is a watermark or stamp, not a line: runs along or across the page are kept, a diagonal one is not', async () => {
    const { slanted } = await import('./text-layer.js');
    const rot = (deg: number) => [Math.cos((deg * Math.PI) / 180), Math.sin((deg * Math.PI) / 180), 0, 0, 0, 0];
    for (const deg of [0, 90, 180, 270, -90, 2, 88]) expect(slanted(rot(deg)), `${deg}°`).toBe(false);
    for (const deg of [-35, 45, 30, 135, 10]) expect(slanted(rot(deg)), `${deg}°`).toBe(true);
  });
});
