import { Decimal } from '../../model/decimal.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Location } from '../../model/location.js';
import { joinedProse } from '../../model/prose.js';
import { perDocument } from '../../model/per-document.js';

/** One amount of the 政府采购 paragraph as printed, with where it stands. */
export interface ProcurementFigure {
  value: Decimal;
  raw: string;
  decimals: number;
  /** The unit as printed: 万元, or 元 / 亿元 / none where a slip of the pen left it (year-unit rules say so). */
  unit: string | null;
  location: Location;
}

// A figure and its unit; a figure with no unit only where the clause ends right after it ("预算金额372.34，").
const NUM = '(\\d[\\d,]*(?:\\.\\d+)?)(?:(万元|亿元|元)|(?=[，,。；;、）)]|$))';

// The wordings that report contracts won by small and medium-sized enterprises (财库〔2020〕46号),
// as the Shanghai template words them, besides 授予中小企业合同金额 (read by the claims reader).
const WORDINGS = {
  total: new RegExp(`政府采购(?:支出)?(?:总额|金额)(?:（以合同签订为准）)?(?:为|共计|合计|是)?${NUM}`),
  reservedSme: new RegExp(`面向中小企业预留(?:的)?政府采购项目预算金额(?:为)?${NUM}`),
  reservedMicro: new RegExp(`面向小微企业预留(?:的)?政府采购项目预算金额(?:为)?${NUM}`),
  wonSmeReserved: new RegExp(`在面向中小企业预留的?政府采购项目中，由中小企业供应商中标或成交的，?采购金额(?:为)?${NUM}`),
  wonMicroReserved: new RegExp(`在面向小微企业预留的?政府采购项目中，由小微企业供应商中标或成交的，?采购金额(?:为)?${NUM}`),
  wonSmeOther: new RegExp(`在其他政府采购项目中，由中小企业供应商中标或成交的，?采购金额(?:为)?${NUM}`),
} as const;

export type ProcurementKey = keyof typeof WORDINGS;

/**
 * The 政府采购 amounts the explanation states in the Shanghai wording, read from its prose with the
 * line breaks of a PDF print joined (a sentence often runs over three lines). The first statement
 * of each counts.
 */
export const procurementFigures: (doc: Disclosure) => Readonly<Partial<Record<ProcurementKey, ProcurementFigure>>> = perDocument(readProcurementFigures);

// (Three rules ask: read once per document.)
function readProcurementFigures(doc: Disclosure): Partial<Record<ProcurementKey, ProcurementFigure>> {
  const { text, at: lineAt } = joinedProse(doc);
  if (!/中小企业|小微企业/.test(text)) return {};
  const out: Partial<Record<ProcurementKey, ProcurementFigure>> = {};
  for (const [key, re] of Object.entries(WORDINGS) as [ProcurementKey, RegExp][]) {
    const m = re.exec(text);
    if (!m) continue;
    const raw = m[1]!;
    const unit = m[2] ?? null;
    const plain = raw.replace(/,/g, '');
    out[key] = {
      value: new Decimal(plain),
      raw: `${raw}${unit ?? ''}`,
      decimals: plain.includes('.') ? plain.split('.')[1]!.length : 0,
      unit,
      location: lineAt(m.index + m[0].length - (unit?.length ?? 0) - raw.length),
    };
  }
  return out;
}

/** The figures printed in 万元, the unit every comparison of them assumes. */
export function inWan(f: Partial<Record<ProcurementKey, ProcurementFigure>>): Partial<Record<ProcurementKey, ProcurementFigure>> {
  return Object.fromEntries(Object.entries(f).filter(([, x]) => x?.unit === '万元'));
}

/** Half a printed unit of each figure, summed: how far printed figures may differ by rounding alone. */
export function roundingSlack(figs: readonly ProcurementFigure[]): Decimal {
  return figs.reduce((s, f) => s.plus(new Decimal(5).times(new Decimal(10).pow(-(f.decimals + 1)))), new Decimal(0));
}
