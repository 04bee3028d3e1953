import { Decimal, fmt, overlaps } from '../../model/decimal.js';
import type { Finding, Severity } from '../../model/finding.js';
import { describeLocation } from '../../model/location.js';
import { type Published, publishedInterval, type YearFigures } from '../../model/year-figures.js';
import { T09 } from '../narrative-table/fixtures.js';
import type { RuleMeta } from '../rule.js';

/**
 * Rules over two documents of one department: this year's and last year's. They do not run inside
 * `check` (one file at a time) but where both documents are stored (the workbench, when either is
 * checked), over the summaries each document's check leaves (src/model/year-figures.ts).
 */

/** One of the two documents compared: its summary and how a reviewer names it. */
export interface YearDocument {
  fileName: string;
  year: number;
  figures: YearFigures;
}

/**
 * A rule's own case: two document fragments (last year's and this year's) run through the real
 * reader; `pass` — nothing at warning or above; `fail` — a finding at the rule's severity whose
 * message, expected or actual mentions `mentions`.
 */
export interface CrossYearCase {
  name: string;
  prior: { year: number; text: string };
  current: { year: number; text: string };
  expect: 'pass' | 'fail';
  mentions?: string;
}

export interface CrossYearRule extends RuleMeta {
  cases: CrossYearCase[];
  compare(current: YearDocument, prior: YearDocument): Finding[];
}

/** A fragment of a disclosure of `year` (heading and paragraphs of its explanation, tables before it). */
export function fragment(year: number, heading: string, paras: string[], tables: string[] = []): string {
  return `# ${year}年度某某局部门决算\n\n${tables.join('\n')}\n## ${heading}\n\n${paras.join('\n\n')}\n`;
}

const TOTAL = '一、收入支出决算总体情况说明';
const THREE = '九、财政拨款“三公”经费支出决算情况说明';
const T09_2024 = T09; // 决算数合计 0.94, 公务接待费 0.94

const fen = (d: Decimal) => fmt(d, Math.max(2, d.decimalPlaces()));

/** A printed amount with its unit once ("2,499.58万元" as printed, "0.94" from a table → "0.94万元"). */
function wan(raw: string): string {
  return /万元$/.test(raw) ? raw : `${raw}万元`;
}

function quote(p: Published): string {
  return p.source === 'table' ? p.place : `说明${p.place}`;
}

export const priorFigures: CrossYearRule = {
  id: 'cross-year.prior-figures',
  title: '本年说明的上年数与上年公开的数不符',
  category: 'cross-year',
  severity: 'warning',
  authority: '《关于做好部门决算公开工作的通知》（与上年对比的数据应与上年公开数据口径一致；口径调整应予说明）',
  description:
    '本年文件写出本年数和比上年的变动额（或“持平”“无变化”）时，推得的上年数须与同一部门上一年度文件自己公开的同一事项（表中或说明中）在印刷精度的舍入误差内相符；不符为警告（可能是上年数据调整口径），指明两份文件、两处位置和两个数。',
  cases: [
    {
      name: '推得的上年总计与上年文件一致',
      expect: 'pass',
      prior: { year: 2023, text: fragment(2023, TOTAL, ['2023年度收、支总计2,499.57万元。']) },
      current: { year: 2024, text: fragment(2024, TOTAL, ['2024年度收、支总计2280.29万元。与2023年度相比，收、支总计各减少219.28万元，下降8.77%。']) },
    },
    {
      name: '相差一分：舍入尾差，不是问题',
      expect: 'pass',
      prior: { year: 2023, text: fragment(2023, TOTAL, ['2023年度收、支总计2,499.58万元。']) },
      current: { year: 2024, text: fragment(2024, TOTAL, ['2024年度收、支总计2280.29万元。与2023年度相比，收、支总计各减少219.28万元，下降8.77%。']) },
    },
    {
      name: '推得的上年总计2499.57与上年文件的2490.57不符',
      expect: 'fail',
      mentions: '2,490.57',
      prior: { year: 2023, text: fragment(2023, TOTAL, ['2023年度收、支总计2,490.57万元。']) },
      current: { year: 2024, text: fragment(2024, TOTAL, ['2024年度收、支总计2280.29万元。与2023年度相比，收、支总计各减少219.28万元，下降8.77%。']) },
    },
    {
      name: '“三公”经费比上年增加0.26万元，与上年09表的0.94万元一致',
      expect: 'pass',
      prior: { year: 2024, text: fragment(2024, THREE, ['2024年度“三公”经费财政拨款支出0.94万元。'], [T09_2024]) },
      current: { year: 2025, text: fragment(2025, THREE, ['2025年度“三公”经费财政拨款支出1.20万元，比上年增加0.26万元。']) },
    },
    {
      name: '“三公”经费比上年增加0.62万元，推得0.58万元，上年09表为0.94万元',
      expect: 'fail',
      mentions: '0.94',
      prior: { year: 2024, text: fragment(2024, THREE, ['2024年度“三公”经费财政拨款支出0.94万元。'], [T09_2024]) },
      current: { year: 2025, text: fragment(2025, THREE, ['2025年度“三公”经费财政拨款支出1.20万元，比上年增加0.62万元。']) },
    },
    {
      name: '说“无变化”而上年不同',
      expect: 'fail',
      mentions: '1.50',
      prior: { year: 2023, text: fragment(2023, THREE, ['2023年度因公出国（境）费支出1.50万元。']) },
      current: { year: 2024, text: fragment(2024, THREE, ['因公出国（境）费支出0万元，较2023年度无变化。']) },
    },
  ],
  compare(current, prior) {
    const out: Finding[] = [];
    for (const stmt of current.figures.prior) {
      const published = prior.figures.current[stmt.key];
      if (!published?.figures.length) continue;
      const implied = { lo: new Decimal(stmt.lo), hi: new Decimal(stmt.hi) };
      const mid = new Decimal(stmt.mid);
      const agreeing = published.figures.filter((p) => overlaps(implied, publishedInterval(p)));
      const main = agreeing[0] ?? (published.figures[0] as Published);
      const diff = mid.minus(main.value);
      const radius = implied.hi.minus(implied.lo).div(2).plus(publishedInterval(main).hi.minus(main.value));
      if (agreeing.some((p) => new Decimal(p.value).eq(mid))) continue;
      const said =
        stmt.how === 'flat'
          ? `本年${wan(stmt.current.raw)}、较上年${stmt.words[0] ?? '持平'}，即上年为${stmt.mid}万元`
          : `本年${wan(stmt.current.raw)}、比上年${directionWord(stmt)}${wan((stmt.change?.raw ?? '').replace(/^[-−－]/, ''))}，推得上年为${stmt.mid}万元`;
      const at = describeLocation(stmt.location);
      const here = `${current.year}年度文件「${current.fileName}」${at === '位置未知' ? '' : `（${at}）`}`;
      const there = `${prior.year}年度文件「${prior.fileName}」${quote(main)}`;
      const others = published.figures.filter((p) => p !== main && p.value !== main.value);
      const severity: Severity = agreeing.length ? 'info' : 'warning';
      out.push({
        rule: priorFigures.id,
        title: priorFigures.title,
        category: priorFigures.category,
        severity,
        message: agreeing.length
          ? `「${stmt.label}」${here}${said}；${there}公布为${wan(main.raw)}，相差${fen(diff.abs())}万元，在舍入误差±${fen(radius)}万元内（尾差）`
          : `「${stmt.label}」${here}${said}；而${there}公布的${stmt.label}为${wan(main.raw)}${others.length ? `（该文件另处写为${others.map((o) => wan(o.raw)).join('、')}，也不相符）` : ''}，相差${fen(diff.abs())}万元，超出舍入误差±${fen(radius)}万元。若上年数据已调整口径，应在说明中注明。`,
        expected: `${main.value}万元`,
        actual: `${stmt.mid}万元`,
        difference: `${fen(diff)}万元`,
        tolerance: `±${fen(radius)}万元`,
        section: stmt.section,
        locations: [stmt.location],
      });
    }
    return out;
  },
};

function directionWord(stmt: YearFigures['prior'][number]): string {
  const w = stmt.words.find((x) => /增|减|降|多|少|上升/.test(x));
  if (w) return w;
  return stmt.change && new Decimal(stmt.change.value).isNegative() ? '减少' : '增加';
}

/** Every rule over two years, in catalog order. */
export const CROSS_YEAR_RULES: readonly CrossYearRule[] = [priorFigures];

/** Compares this year's document with last year's by every cross-year rule. */
export function compareYears(current: YearDocument, prior: YearDocument): Finding[] {
  if (current.year !== prior.year + 1) return [];
  return CROSS_YEAR_RULES.flatMap((r) => r.compare(current, prior));
}
