import { describe, expect, it } from 'vitest';
import type { PositionedItem } from './items.js';
import { unreadable } from './page-kind.js';

const item = (str: string): PositionedItem => ({ str, x: 0, y: 0, width: 10, height: 10, source: 'text', confidence: null });

describe('which pages are offered to OCR', () => {
  it('a page of text is read as text, with or without an image (a logo, a seal)', () => {
    const text = [item('一、部门职责：负责全区财政收支管理。'), item('二、机构设置：内设科室十个，下属单位两个。')];
    expect(unreadable(text, 0, 0)).toBeNull();
    expect(unreadable(text, 0.2, 1)).toBeNull();
  });
  it('a page that is only an image is a scan', () => {
    expect(unreadable([], 1, 1)).toBe('image');
    expect(unreadable([], 0.1, 1)).toBe('image');
  });
  it('a page mostly covered by an image with a page number or caption over it is a scan', () => {
    expect(unreadable([item('第 3 页')], 0.95, 1)).toBe('image');
    expect(unreadable([item('第 3 页')], 0.3, 1)).toBeNull();
  });
  it('a scan with a full text layer (a scanner’s own OCR) is read from that layer', () => {
    const layer = Array.from({ length: 10 }, () => item('本年收入合计2961.68万元，比上年增加'));
    expect(unreadable(layer, 1, 1)).toBeNull();
  });
  it('a text layer of private-use and control characters does not decode: garbled', () => {
    expect(unreadable([item('\ue001\ue002\ue003\ue004\ue005\ue006'), item('\ue007\ue008\ue009\ue00a 12')], 0, 0)).toBe('garbled');
    expect(unreadable([item('\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0010\u0011')], 0, 0)).toBe('garbled');
    // A few symbols from a private-use font among real text (a bullet, a tick box) are not garbling.
    expect(unreadable([item('\uf0b7 一般公共预算财政拨款支出决算表（公开05表）')], 0, 0)).toBeNull();
  });
  it('text that mostly decodes but maps a glyph wrongly every line (a rewritten font) is garbled: headings and figures are not to be trusted', () => {
    // As Ghostscript's pdfwrite leaves a Chromium print: 、 read as 1, （ ） as ÿ Ā, 制 as v.
    const page = [
      item('⼀1要职能'),
      item('ÿ Ā贯彻落实国家和⾃治区医疗保险1⽣育保险1⼈⾝意外伤害保险1医疗救û等医疗保障策，拟¬'),
      item('医疗保障v度的规章草案1策措施1规划和标准并组ÿ实施Ā拟¬医疗保险1⽣育保险1⼤病保险1'),
    ];
    expect(unreadable(page, 0, 0)).toBe('garbled');
  });
  it('a few symbols a disclosure does print (· × ° ± ² ¥) and one stray letter are not garbling', () => {
    const line = '本年支出合计1,238.51万元，较上年增长12.5%，其中：办公用房面积120m²，单价¥35×12个月，温度±2°。';
    expect(unreadable(Array.from({ length: 8 }, () => item(line)), 0, 0)).toBeNull();
    expect(unreadable([...Array.from({ length: 8 }, () => item(line)), item('Café')], 0, 0)).toBeNull();
  });
});

describe('page numbers in notes', () => {
  it('are written as ranges', async () => {
    const { pageRanges } = await import('../page-ranges.js');
    expect(pageRanges([1, 2, 3, 4, 7, 9, 10])).toBe('1–4、7、9–10');
    expect(pageRanges([5])).toBe('5');
    expect(pageRanges([])).toBe('');
  });
});
