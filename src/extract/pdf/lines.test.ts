import { describe, expect, it } from 'vitest';
import type { PositionedItem } from './items.js';
import { makeLine } from './lines.js';
import { paragraphsOf } from './paragraphs.js';

// XeLaTeX (pandoc's PDF) sets the figures in Latin Modern at 9.96 pt and the Chinese in Noto Sans CJK at
// 7.91 pt: each figure is a run of its own between runs of Chinese.
const run = (str: string, x: number, height: number, y = 100): PositionedItem => ({ str, x, y: y + 9.96 - height, width: [...str].length * height, height, source: 'text', confidence: null });
const CJK = 7.91;
const LATIN = 9.96;

describe('a line of Chinese with figures in a font of another size', () => {
  const first = [run('6.', 57, LATIN), run('特殊群体医疗费（二）项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为', 69, CJK), run('90.2', 368, LATIN), run('分。全年预算数为', 389, CJK), run('524.8', 455, LATIN), run('万元，执行数为', 480, CJK), run('8.44', 538, LATIN)];
  const second = [run('万元，完成预算的', 57, CJK, 112), run('1.6%', 123, LATIN, 112), run('。项目绩效目标完成情况：保障离休干部、建国前参加革命工作退休老工人、新中国', 144, CJK, 112)];

  it('takes the size of the bulk of its characters, not of most of its runs', () => {
    // Four runs of figures against three of Chinese, but 48 Chinese characters against 13 of figures.
    expect(makeLine(first, 1).size).toBe(CJK);
    expect(makeLine(second, 2).size).toBe(CJK);
  });

  it('so a paragraph whose lines hold more or fewer figures stays one paragraph', () => {
    const lines = [makeLine(first, 1), makeLine(second, 2)];
    const paras = paragraphsOf(lines, { left: 57, right: 556, leading: 2, body: CJK }, 1);
    expect(paras).toHaveLength(1);
  });
});
