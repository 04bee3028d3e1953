import { describe, expect, it } from 'vitest';
import type { PositionedItem } from './items.js';
import { makeLine } from './lines.js';
import { type Grid, monospaceWidth, rowText } from './text-print.js';

/** A printed run: its text at x, `width` points wide, on a line of 9.75 pt type. */
const at = (str: string, x: number, width: number): PositionedItem => ({ str, x, y: 100, width, height: 9.75, source: 'text', confidence: null });
const line = (...items: PositionedItem[]) => makeLine(items, 1);

// Chromium printing a .txt: DejaVu Sans Mono 5.87 pt a character, Chinese 9.76, tab stops every 8 characters.
const CH = 5.8695;
const WIDE = 9.75;
const BROWSER: Grid = { origin: 33.75, pitch: 8 * CH };
const stop = (n: number) => BROWSER.origin + n * BROWSER.pitch;

describe('a line of a text file as a browser prints it', () => {
  it('turns a cell that overflowed a stop, pushing the rest of its row one stop on, back into one tab', () => {
    // "2080505\t机关事业单位基本养老保险缴费支出\t13.06": the name runs past two stops; the figure stands
    // at the next stop after it, not under the column it belongs to.
    const row = rowText(line(at('2080505', stop(0), 41.09), at('机关事业单位基本养老保险缴费支出', stop(1), 156.0), at('13.06', stop(5), 29.35)), BROWSER, CH, WIDE);
    expect(row.text).toBe('2080505\t机关事业单位基本养老保险缴费支出\t13.06');
    expect(row.tabbed).toBe(true);
  });

  it('keeps an empty cell: two tabs in a row leave a stop empty', () => {
    const row = rowText(line(at('项目', stop(0), 19.5), at('本年收入合计', stop(2), 58.5)), BROWSER, CH, WIDE);
    expect(row.text).toBe('项目\t\t本年收入合计');
  });

  it('counts one tab where a cell ends less than half a character before a stop (the tab goes to the next)', () => {
    // "率(B/A)" ends 0.35 characters short of the stop; CSS sends its tab one stop further.
    const row = rowText(line(at('率', stop(0), 9.75), at('(B/A)', stop(0) + 15.6, 29.35), at('得分', stop(2), 19.5)), BROWSER, CH, WIDE);
    expect(row.text).toBe('率 (B/A)\t得分');
  });

  it('reads a word one space after the last as a space, not a tab, where it lands on a stop by chance in a line with no tab', () => {
    // "## 2024 年度…": the space after "2024" ends exactly on the first stop.
    const row = rowText(line(at('## 2024', stop(0), 7 * CH), at('年度预算项目绩效自评情况汇总表', stop(1), 146.4)), BROWSER, CH, WIDE);
    expect(row.text).toBe('## 2024 年度预算项目绩效自评情况汇总表');
  });
});

// LibreOffice Writer opening a .txt: Liberation Mono 6 pt a character, Chinese 10, stops every 1.25 cm.
const OFFICE: Grid = { origin: 56.8, pitch: 35.4529 };
const ostop = (n: number) => OFFICE.origin + n * OFFICE.pitch;

describe('a line of a text file as an office suite prints it', () => {
  it('parts an item whose blank stands for a tab ("收入 其他收入" as one run)', () => {
    const row = rowText(line(at('缴', ostop(0), 10), at('收入 其他收入', ostop(0) + 10, 65.45)), OFFICE, 6, 10);
    expect(row.text).toBe('缴收入\t其他收入');
  });

  it('parts an item wider than its characters where the rest would start on a stop (a tab with no blank)', () => {
    const row = rowText(line(at('项目', ostop(0), 20), at('年初结转和结余本年收入', ostop(2), 110.9), at('本年支出', ostop(6), 40)), OFFICE, 6, 10);
    expect(row.text).toBe('项目\t\t年初结转和结余\t本年收入\t本年支出');
  });

  it('parts a code and its name set in one font where the tab between them left half a point (a half-width font)', () => {
    // Writer in a half-width font: Latin 5 pt, Chinese 10; "2080505" fills the first 1.25 cm stop but
    // for 0.45 pt, and the code and its name come as one run.
    const row = rowText(line(at('2080505机关事业单位基本养老保险缴费支出', ostop(0), 195.45), at('13.06', ostop(6), 25)), OFFICE, 5, 10);
    expect(row.text).toBe('2080505\t机关事业单位基本养老保险缴费支出\t13.06');
  });

  it('leaves a run whole where Chinese meets Latin more than once, even where one of them would put the rest on a stop', () => {
    const row = rowText(line(at('2024年度收入合计238', ostop(0), 121.36)), OFFICE, 5, 10);
    expect(row.text).toBe('2024年度收入合计238');
  });

  it('leaves the little room set between Chinese and Latin letters in a sentence as no space and no tab', () => {
    const row = rowText(line(at('2024年度收入合计238.67万元，其中：财政拨款收入', ostop(0), 246), at('238.67万元，占100%。', ostop(7), 112)), OFFICE, 6, 10);
    expect(row.text).toBe('2024年度收入合计238.67万元，其中：财政拨款收入238.67万元，占100%。');
  });
});

describe('whether a PDF is set in a monospaced font', () => {
  it('knows one by its figures and points taking the same room a character', () => {
    const items = Array.from({ length: 50 }, (_, k) => [at('0.00', 0, 4 * CH), at(`${k + 10}`, 0, 2 * CH), at('238.67', 0, 6 * CH)]).flat();
    expect(monospaceWidth(items)).toBeCloseTo(CH, 3);
  });

  it('tells a proportional font by its narrow point, even with figures of one width', () => {
    const digit = 5.5;
    const items = Array.from({ length: 50 }, () => [at('0.00', 0, 3 * digit + 2.75), at('2024', 0, 4 * digit), at('238.67', 0, 5 * digit + 2.75)]).flat();
    expect(monospaceWidth(items)).toBeNull();
  });
});

// A text laid out with spaces: no tab stops (an infinite pitch), every gap spaces.
const SPACED: Grid = { origin: 56.8, pitch: Number.POSITIVE_INFINITY, space: 5 };

describe('a line of a text laid out with spaces as an office suite prints it', () => {
  it('counts the spaces after Chinese in the Chinese font\'s width where the suite sets them so (30 pt: six, not five)', () => {
    const row = rowText(line(at('一、一般公共预算财政拨款收入', SPACED.origin, 140), at('2,940.05', SPACED.origin + 170, 48)), SPACED, 6, 10);
    expect(row.text).toBe('一、一般公共预算财政拨款收入      2,940.05');
    expect(row.tabbed).toBe(false);
  });

  it('counts the spaces after a figure and a line\'s indent in the Latin font\'s width', () => {
    const row = rowText(line(at('201', SPACED.origin + 6 * 6, 18), at('2,112.86', SPACED.origin + 54 + 4 * 6, 48)), SPACED, 6, 10);
    expect(row.text).toBe('      201    2,112.86');
  });
});
