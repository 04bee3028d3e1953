import { Decimal, dec } from '../../model/decimal.js';
import type { PerformanceSheet } from '../../model/disclosure.js';
import type { Block } from '../../model/layout.js';
import type { Location } from '../../model/location.js';
import { sourcePieces } from '../lost-layout.js';
import { numberFigure, percentFigure } from './values.js';

/**
 * The budget line of a sheet no reader could part into cells (a laid-out copy of a print, its rows'
 * labels wrapped over lines around each row's figures): "年度资金总额 120.00 73.37 73.37 10 100.00% 10.00".
 * The form's six figures stand on one line in the form's order (年初预算数, 全年预算数, 全年执行数,
 * 分值, 执行率, 得分), so such a line is read where nothing in it can be misplaced: exactly six figures,
 * the fifth the only percentage, the header above naming 分值, 执行率 and 得分 in that order, the rate
 * what the third figure over the second gives, and the score within the weight. Anything less leaves
 * the sheet unread. Its indicators are never read this way.
 */

interface SourceLine {
  text: string;
  location: Location;
}

const NUM = String.raw`\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?`;
/** A label piece, six figures (the fifth a percentage), and maybe the label's next piece. */
const FUNDS_LINE = new RegExp(
  String.raw`^([\u4e00-\u9fa5]{2,6})\s+(${NUM})\s+(${NUM})\s+(${NUM})\s+(${NUM})\s+(${NUM}\s*%)\s+(${NUM})\s*([\u4e00-\u9fa5]{0,4})$`,
);
const TOTAL_LABEL = '年度资金总额';
const FUNDS_HEADER = /分\s*值\s+执行率\s+得/;
const SHEET_TITLE = /绩效自评(?:表|结果表)/;
/** A name row's first line: its label (its end maybe wrapped below), then the name. */
export const NAME_LINE = /^(?:项目|单位|部门)(?:名称?)?[:：]?\s+(\S.*)$/;

/** The sheet's source lines below its title (block `title`), up to the next sheet's title or its 总分. */
function linesBelow(blocks: readonly Block[], title: number): SourceLine[] {
  const out: SourceLine[] = [];
  for (let k = title + 1; k < blocks.length && k <= title + 60; k++) {
    const b = blocks[k] as Block;
    if (b.kind === 'paragraph') {
      if (SHEET_TITLE.test(b.text) && b.text.trim().length <= 40) break;
      const pieces = sourcePieces(b);
      pieces.forEach((text, n) => {
        const line = n === 0 ? b.location.line : (b.breaks?.[n - 1]?.line ?? null);
        out.push({ text: text.trim(), location: { ...b.location, line, text: text.trim() } });
      });
    } else {
      for (const row of b.rows) {
        const first = row[0];
        if (!first) continue;
        out.push({ text: row.map((c) => c.text.trim()).join('  '), location: first.location });
      }
    }
    if (out.some((l) => /^总分/.test(l.text))) break;
  }
  return out;
}

/**
 * The name its name row prints, its pieces wrapped under the label joined ("项目名称 医疗保险基金征缴经" /
 * "费补助"); null unless the row ends where 主管部门 (or 实施单位) begins.
 */
function nameOf(lines: readonly SourceLine[]): { name: string; at: number } | null {
  const at = lines.findIndex((l) => NAME_LINE.test(l.text));
  if (at < 0 || at > 3) return null;
  let name = (NAME_LINE.exec((lines[at] as SourceLine).text)?.[1] as string).replace(/\s+/g, '');
  for (let k = at + 1; k < lines.length && k <= at + 3; k++) {
    const t = (lines[k] as SourceLine).text;
    if (/^主管|^实施/.test(t)) return { name, at };
    // The label's own wrapped end ("名称", "称") stands first; what follows it is the name's.
    name += t.replace(/^(?:名称|称|名)(?=\s|$)/, '').replace(/\s+/g, '');
  }
  return null;
}

/** A sheet of which only the budget line is read, or null where that line cannot be read with certainty. */
export function laidOutFunds(blocks: readonly Block[], title: number, kind: PerformanceSheet['kind'], location: Location): PerformanceSheet | null {
  const lines = linesBelow(blocks, title);
  const named = nameOf(lines);
  if (!named || !named.name) return null;
  const header = lines.findIndex((l) => FUNDS_HEADER.test(l.text));
  if (header < 0) return null;
  // The first line of six figures under the header is the total's; a sheet whose total line is not
  // so printed is not read from a later row.
  const at = lines.findIndex((l, k) => k > header && /\d/.test(l.text) && /%/.test(l.text));
  const line = lines[at];
  const m = line ? FUNDS_LINE.exec(line.text) : null;
  if (!line || !m) return null;
  // The label's pieces on the figures' line: parts of 年度资金总额 ("年度资" / "金总额", "资金" between).
  if (!TOTAL_LABEL.includes(m[1] as string) || (m[8] && !TOTAL_LABEL.includes(m[8]))) return null;
  const loc = line.location;
  const [initialBudget, fullBudget, executed] = [m[2], m[3], m[4]].map((t) => numberFigure(t as string, 'amount', loc, '万元'));
  const weight = numberFigure(m[5] as string, 'score', loc, '分');
  const rate = percentFigure((m[6] as string).replace(/\s+/g, ''), loc);
  const score = numberFigure(m[7] as string, 'score', loc, '分');
  if (!initialBudget || !fullBudget || !executed || !weight || !rate || !score) return null;
  if (dec(weight).gt(100) || dec(score).gt(dec(weight)) || dec(fullBudget).isZero()) return null;
  const computed = dec(executed).div(dec(fullBudget)).times(100);
  const agrees = [Decimal.ROUND_HALF_UP, Decimal.ROUND_DOWN].some((r) => computed.toDecimalPlaces(rate.decimals, r).eq(dec(rate)));
  if (!agrees) return null;
  return {
    kind,
    name: named.name,
    funds: { initialBudget, fullBudget, executed, weight, rate, score, location: loc },
    fundParts: [],
    indicators: [],
    statedMax: null,
    total: null,
    grade: null,
    location,
  };
}
