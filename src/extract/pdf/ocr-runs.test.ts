import { describe, expect, it } from 'vitest';
import { JuesuanError } from '../../errors.js';
import { mapBounded } from './ocr-exec.js';
import { linesToItems, mendBrackets, normaliseFigures, stripRulingArtefacts } from './ocr-runs.js';
import { parseTsv, type OcrWord } from './ocr-tsv.js';

const HEADER = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
/** A TSV as tesseract writes it: line rows plus word rows [line, left, width, text, conf?]. */
function tsv(words: [number, number, number, string, number?][], height = 38): string {
  const rows = [HEADER, '1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t'];
  words.forEach(([line, left, width, text, conf], i) => {
    rows.push(`4\t1\t1\t1\t${line}\t0\t${left}\t${100 * line}\t${width}\t${height}\t-1\t`);
    rows.push(`5\t1\t1\t1\t${line}\t${i + 1}\t${left}\t${100 * line}\t${width}\t${height}\t${conf ?? 95}\t${text}`);
  });
  return rows.join('\n') + '\n';
}
const K = { k: 72 / 300 };

describe('parseTsv', () => {
  it('keeps word rows with text, grouped by line and sorted left to right', () => {
    const lines = parseTsv(tsv([[1, 300, 40, '收'], [1, 100, 40, '本'], [2, 100, 40, '合计'], [2, 200, 10, ' ']]));
    expect(lines.map((l) => l.words.map((w) => w.text))).toEqual([['本', '收'], ['合计']]);
    expect(lines[0]!.words[0]).toMatchObject<Partial<OcrWord>>({ left: 100, top: 100, width: 40, height: 38, conf: 95 });
  });

  it('skips malformed rows instead of failing', () => {
    expect(parseTsv('garbage\n5\t1\t1\t1\t1\t1\tx\t0\t1\t1\t90\t字\n5\t1\n')).toEqual([]);
  });
});

describe('linesToItems', () => {
  it('joins the CJK characters chi_sim reports one by one, without spaces', () => {
    const items = linesToItems(parseTsv(tsv([[1, 100, 40, '本'], [1, 145, 40, '年'], [1, 190, 80, '收入']])), K);
    expect(items.map((i) => i.str)).toEqual(['本年收入']);
    expect(items[0]).toMatchObject({ source: 'ocr', confidence: 95 });
    expect(items[0]!.x).toBeCloseTo(24, 5);
    expect(items[0]!.width).toBeCloseTo((270 - 100) * 0.24, 5);
  });

  it('joins a figure split in two ("2," "060.90") and keeps a table column gap as a new run', () => {
    const items = linesToItems(parseTsv(tsv([[1, 100, 80, '合计'], [1, 400, 30, '2,'], [1, 432, 110, '060.90'], [1, 800, 110, '1,000.00']])), K);
    expect(items.map((i) => i.str)).toEqual(['合计', '2,060.90', '1,000.00']);
  });

  it('never glues two figures separated by a space into one', () => {
    const items = linesToItems(parseTsv(tsv([[1, 100, 40, '占'], [1, 145, 60, '13'], [1, 225, 60, '06']])), K);
    expect(items.map((i) => i.str)).toEqual(['占13', '06']);
  });

  it('cuts a box that chi_sim reports far too wide at the next word', () => {
    const items = linesToItems(parseTsv(tsv([[1, 100, 600, '荣成'], [1, 190, 40, '市'], [1, 900, 80, '合计']])), K);
    expect(items.map((i) => i.str)).toEqual(['荣成市', '合计']);
  });

  it('cuts a run at a column border standing between two words, however close they are', () => {
    // "社会保障" filling its cell up to the border at x = 272, "13.06" starting just after it.
    const words = tsv([[1, 100, 40, '社'], [1, 145, 40, '会'], [1, 190, 40, '保'], [1, 232, 38, '障'], [1, 280, 90, '13.06']]);
    expect(linesToItems(parseTsv(words), K).map((i) => i.str)).toEqual(['社会保障13.06']);
    const walls = [{ x: 275, top: 0, bottom: 1000 }];
    expect(linesToItems(parseTsv(words), K, walls).map((i) => i.str)).toEqual(['社会保障', '13.06']);
    // A border of another part of the page (above this line) cuts nothing.
    expect(linesToItems(parseTsv(words), K, [{ x: 275, top: 0, bottom: 50 }]).map((i) => i.str)).toEqual(['社会保障13.06']);
  });

  it('drops the quote marks chi_sim reads in blank space, and marks before a figure in a table', () => {
    const items = linesToItems(parseTsv(tsv([[1, 100, 40, '“', 19.8], [1, 300, 120, '”行政', 44], [1, 425, 40, '运行'], [2, 100, 120, '“214.25', 59.6]])), K);
    expect(items.map((i) => i.str)).toEqual(['行政运行', '“214.25']);
    expect(linesToItems(parseTsv(tsv([[1, 100, 120, '“214.25'], [2, 100, 120, '。207.55']])), K, [], { table: true }).map((i) => i.str)).toEqual(['214.25', '207.55']);
    // An opening quote read with confidence stays: “三公”经费.
    expect(linesToItems(parseTsv(tsv([[1, 100, 30, '“', 90], [1, 132, 80, '三公'], [1, 214, 30, '”'], [1, 246, 80, '经费']])), K).map((i) => i.str)).toEqual(['“三公”经费']);
  });

  it("drops a table ruling read as '|' and keeps the run's weakest confidence", () => {
    const items = linesToItems(parseTsv(tsv([[1, 100, 40, '社', 90], [1, 145, 40, '会', 60.04], [1, 190, 30, '“|', 80]])), K);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ str: '社会', confidence: 60 });
  });

  it('puts a space between Latin words only', () => {
    const items = linesToItems(parseTsv(tsv([[1, 100, 80, 'Liberation'], [1, 190, 60, 'Serif']])), K);
    expect(items.map((i) => i.str)).toEqual(['Liberation Serif']);
  });
});

describe('OCR normalisation', () => {
  it('brings full-width digits and separators inside figures to ASCII', () => {
    expect(normaliseFigures('２，０６０．９０万元')).toBe('2,060.90万元');
    expect(normaliseFigures('占３５．８１％')).toBe('占35.81%');
    expect(normaliseFigures('决算数1.222.68万元')).toBe('决算数1,222.68万元');
    expect(normaliseFigures('12.345.678.90')).toBe('12,345,678.90');
  });

  it('never guesses a digit: letters, a sentence stop and a list comma stay as read', () => {
    expect(normaliseFigures('2O6O.9l')).toBe('2O6O.9l');
    expect(normaliseFigures('共3。12月')).toBe('共3。12月');
    expect(normaliseFigures('分别为3，500人')).toBe('分别为3，500人');
    // Only a figure with two points is read as having separators; section numbers and dates stay.
    expect(normaliseFigures('1.222 3.1.2 2024.12.31 1.2345.67')).toBe('1.222 3.1.2 2024.12.31 1.2345.67');
  });

  it('strips ruling bars but keeps real quotation marks', () => {
    expect(stripRulingArtefacts('“|')).toBe('');
    expect(stripRulingArtefacts('|13.06')).toBe('13.06');
    expect(stripRulingArtefacts('“三公”')).toBe('“三公”');
  });
});

describe('mapBounded', () => {
  it('keeps order, runs at most `limit` at once and rethrows the first error after the rest settle', async () => {
    let active = 0;
    let peak = 0;
    const out = await mapBounded([5, 1, 3, 2], 2, async (n) => {
      peak = Math.max(peak, ++active);
      await new Promise((r) => setTimeout(r, n));
      active--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 30, 20]);
    expect(peak).toBe(2);

    let started = 0;
    let running = 0;
    const err = await mapBounded([1, 2, 3, 4, 5], 2, async (n) => {
      started++;
      running++;
      await new Promise((r) => setTimeout(r, n === 1 ? 1 : 20));
      running--;
      if (n === 1) throw new JuesuanError('CORRUPT_FILE', '第1页失败');
      return n;
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JuesuanError);
    expect(running).toBe(0);
    expect(started).toBeLessThan(5);
  });
});

describe('brackets OCR misreads', () => {
  it('an angle bracket closed by a parenthesis was an opening parenthesis', () => {
    expect(mendBrackets('卫生健康支出〈类)行政事业单位医疗(款)')).toBe('卫生健康支出(类)行政事业单位医疗(款)');
    expect(mendBrackets('医疗保障〈款）')).toBe('医疗保障（款）');
  });
  it('real angle brackets and book titles stay', () => {
    expect(mendBrackets('（目标值<=90%）')).toBe('（目标值<=90%）');
    expect(mendBrackets('〈中华人民共和国预算法〉')).toBe('〈中华人民共和国预算法〉');
  });
});
