import { describe, expect, it } from 'vitest';
import { readTextLayout } from './read-text.js';
import { continuesOnNext, displayWidth, wrapWidth } from './unwrap.js';

const WRAPPED = [
  '上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入',
  '支出总计减少56.95万元，下降1.87%。主要原因：基本支出中人员进出及退休变化，',
  '以及项目支出中合同支付进度条款等原因减少支付。',
  '二、收入决算情况说明',
  '本年收入合计2946.25万元，其中： 财政拨款收入2940.05万元，占99.79%；其他',
  '收入6.2万元，占0.21%；',
];

describe('hard-wrapped text', () => {
  it('measures CJK characters as two columns', () => {
    expect(displayWidth('收入2,940.05')).toBe(12);
  });

  it('finds the wrap width when most long lines end at the same column', () => {
    const lines = Array.from({ length: 4 }, () => WRAPPED).flat();
    expect(wrapWidth(lines)).toBeGreaterThanOrEqual(70);
  });

  it('finds no wrap width in paragraph-per-line text', () => {
    const lines = Array.from({ length: 12 }, (_, i) => '本年收入合计2946.25万元，其中：财政拨款收入2940.05万元。'.repeat(1 + (i % 4)));
    expect(wrapWidth(lines)).toBeNull();
  });

  it('never joins a heading or an indented paragraph to the line before', () => {
    expect(continuesOnNext(WRAPPED[2]!, WRAPPED[3]!, 74)).toBe(false);
    expect(continuesOnNext(WRAPPED[0]!, '　　本年收入合计2946.25万元。', 74)).toBe(false);
    expect(continuesOnNext(WRAPPED[0]!, WRAPPED[1]!, 74)).toBe(true);
  });

  it('reads a wrapped document into whole paragraphs, each at its first line', () => {
    const text = Array.from({ length: 4 }, () => WRAPPED.join('\n')).join('\n');
    const layout = readTextLayout(text, 'x.txt', 'text');
    const first = layout.blocks[0];
    expect(first?.kind === 'paragraph' && first.text).toBe(`${WRAPPED[0]}${WRAPPED[1]}${WRAPPED[2]}`);
    expect(first?.location.line).toBe(1);
  });

  it('reads a lone line split by a wide gap as a heading, not a table', () => {
    const layout = readTextLayout('第四部分\t名词解释\n一、基本支出：指单位为保障机构正常运转而发生的支出。\n', 'x.txt', 'text');
    expect(layout.blocks[0]).toMatchObject({ kind: 'paragraph', text: '第四部分 名词解释' });
  });
});
