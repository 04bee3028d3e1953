import { describe, expect, it } from 'vitest';
import type { Line } from './lines.js';
import { paragraphsOf, type PageMetrics } from './paragraphs.js';

const SIZE = 16;
const M: PageMetrics = { left: 100, right: 460, leading: 7, body: SIZE };

/** A line of 16-point text from x, `chars` ideographs wide, on the given row. */
const line = (text: string, row: number, x = 100, chars = text.length): Line => ({ items: [], text, x, right: x + chars * SIZE, top: 100 + row * 23, bottom: 116 + row * 23, size: SIZE, no: row + 1, ocr: false });

const texts = (lines: Line[]) => paragraphsOf(lines, M, 1).map((p) => p.lines.map((l) => l.text).join(''));

describe('paragraphs of a PDF page', () => {
  it('a sentence ending a little short of the margin, where the next line\'s first word ("“多") would not fit, goes on', () => {
    // 22.5 characters to the margin: the first line stops 1.8 characters short after its 。 ("“多" needs 2).
    const lines = [line('（2）经办服务工作便捷高效。坚持应定尽定，扩面达1576家。', 0, 100, 20.7), line('“多级多点多渠道多场景”医保服务综合体建设取得实效，建成医保', 1, 100, 22.5), line('服务站点2040个，该项得5分。', 2, 100, 12)];
    expect(texts(lines)).toHaveLength(1);
  });

  it('a sentence ending with room for the next line\'s first word ends its paragraph', () => {
    const lines = [line('坚持应定尽定，扩面达1576家。', 0, 100, 13), line('多级多点多渠道多场景医保服务综合体建设取得实效，建成医保服', 1, 100, 22.5), line('务站点2040个，该项得5分。', 2, 100, 12)];
    expect(texts(lines)).toHaveLength(2);
  });

  it('after a sentence ending at the margin, a line a few characters short that wrapped before "100%。" goes on', () => {
    const lines = [line('2、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。', 0, 100, 22.5), line('年初预算数为6.7万元，支出决算数为6.7万元，完成年初预算的', 1, 100, 20.3), line('100%。决算数与年初预算数基本持平。', 2, 100, 15)];
    expect(texts(lines)).toHaveLength(1);
  });

  it('after a sentence ending at the margin, a short line that ends no sentence is a title of its own', () => {
    const lines = [line('2、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。', 0, 100, 22.5), line('（二）项目支出情况', 1, 100, 9), line('年初预算数为6.7万元。', 2, 100, 11)];
    expect(texts(lines)).toHaveLength(3);
  });

  it('an indented line after a sentence end opens a paragraph however little room the line above left', () => {
    const lines = [line('坚持应定尽定，扩面定点医药机构达到一千五百七十六家。', 0, 100, 21.5), line('“多级多点”医保服务综合体建设取得实效，建成医保服务站点', 1, 132, 20.5)];
    expect(texts(lines)).toHaveLength(2);
  });

  it('after a line at the margin ending with a colon, an item said 一是 opens a paragraph; after a comma it goes on', () => {
    const item = (prev: string) => [line(`2024年度一般公共预算财政拨款支出决算数与预算数持平${prev}`, 0, 100, 22.5), line('一是社会保障和就业支出（类）人力资源和社会保障管理事务', 1, 100, 22.5), line('（款）引进人才费用（项）：支出决算为95000元。', 2, 100, 18)];
    expect(texts(item('。其中：'))).toHaveLength(2);
    expect(texts(item('，主要用于'))).toHaveLength(1);
  });
});

