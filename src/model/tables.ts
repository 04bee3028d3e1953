/**
 * The nine standard tables (公开01表–公开09表): ids, official titles and canonical column keys.
 * Extraction maps printed headers onto these keys; rules, composition and storage use the keys only.
 */
export const TABLE_IDS = ['01', '02', '03', '04', '05', '06', '07', '08', '09'] as const;
export type TableId = (typeof TABLE_IDS)[number];

export interface TableDef {
  id: TableId;
  title: string;
  /** Other titles seen in the wild for the same table. */
  aliases: string[];
  /** Canonical columns in printed order with the header words that identify each. */
  columns: { key: string; label: string }[];
}

export const TABLE_DEFS: Record<TableId, TableDef> = {
  '01': {
    id: '01',
    title: '收入支出决算总表',
    aliases: ['收入支出决算表'],
    columns: [{ key: 'amount', label: '金额' }],
  },
  '02': {
    id: '02',
    title: '收入决算表',
    aliases: [],
    columns: [
      { key: 'total', label: '本年收入合计' },
      { key: 'fiscal', label: '财政拨款收入' },
      { key: 'superior', label: '上级补助收入' },
      { key: 'business', label: '事业收入' },
      { key: 'operating', label: '经营收入' },
      { key: 'affiliated', label: '附属单位上缴收入' },
      { key: 'other', label: '其他收入' },
    ],
  },
  '03': {
    id: '03',
    title: '支出决算表',
    aliases: [],
    columns: [
      { key: 'total', label: '本年支出合计' },
      { key: 'basic', label: '基本支出' },
      { key: 'project', label: '项目支出' },
      { key: 'toSuperior', label: '上缴上级支出' },
      { key: 'operating', label: '经营支出' },
      { key: 'toAffiliated', label: '对附属单位补助支出' },
    ],
  },
  '04': {
    id: '04',
    title: '财政拨款收入支出决算总表',
    aliases: ['财政拨款收入支出决算表'],
    columns: [
      { key: 'amount', label: '金额' },
      { key: 'total', label: '合计' },
      { key: 'general', label: '一般公共预算财政拨款' },
      { key: 'fund', label: '政府性基金预算财政拨款' },
      { key: 'capital', label: '国有资本经营预算财政拨款' },
    ],
  },
  '05': {
    id: '05',
    title: '一般公共预算财政拨款支出决算表',
    aliases: [],
    columns: [
      { key: 'total', label: '小计' },
      { key: 'basic', label: '基本支出' },
      { key: 'project', label: '项目支出' },
    ],
  },
  '06': {
    id: '06',
    title: '一般公共预算财政拨款基本支出决算明细表',
    aliases: ['一般公共预算财政拨款基本支出决算表'],
    columns: [{ key: 'amount', label: '决算数' }],
  },
  '07': {
    id: '07',
    title: '政府性基金预算财政拨款收入支出决算表',
    // Older forms (Shanghai's 2019 among them) print the fund's expense alone under this name.
    aliases: ['政府性基金预算财政拨款支出决算表'],
    columns: [
      { key: 'opening', label: '年初结转和结余' },
      { key: 'income', label: '本年收入' },
      { key: 'total', label: '本年支出小计' },
      { key: 'basic', label: '基本支出' },
      { key: 'project', label: '项目支出' },
      { key: 'closing', label: '年末结转和结余' },
    ],
  },
  '08': {
    id: '08',
    title: '国有资本经营预算财政拨款支出决算表',
    aliases: ['国有资本经营预算财政拨款收入支出决算表'],
    columns: [
      { key: 'total', label: '合计' },
      { key: 'basic', label: '基本支出' },
      { key: 'project', label: '项目支出' },
    ],
  },
  '09': {
    id: '09',
    title: '财政拨款“三公”经费支出决算表',
    aliases: ['“三公”经费支出决算表', '三公经费支出决算表'],
    columns: [
      { key: 'budget.total', label: '预算数合计' },
      { key: 'budget.abroad', label: '预算数因公出国（境）费' },
      { key: 'budget.vehicle', label: '预算数公务用车购置及运行维护费小计' },
      { key: 'budget.vehiclePurchase', label: '预算数公务用车购置费' },
      { key: 'budget.vehicleOps', label: '预算数公务用车运行维护费' },
      { key: 'budget.reception', label: '预算数公务接待费' },
      { key: 'actual.total', label: '决算数合计' },
      { key: 'actual.abroad', label: '决算数因公出国（境）费' },
      { key: 'actual.vehicle', label: '决算数公务用车购置及运行维护费小计' },
      { key: 'actual.vehiclePurchase', label: '决算数公务用车购置费' },
      { key: 'actual.vehicleOps', label: '决算数公务用车运行维护费' },
      { key: 'actual.reception', label: '决算数公务接待费' },
    ],
  },
};

/**
 * Canonical row keys of the two-sided summary tables 01 and 04. Function-class expense rows use
 * `exp.class:<3-digit code>`; rows of tables keyed by classification use the code itself, and the
 * grand total row of any table uses `total`.
 */
export const ROW_KEYS = {
  incGeneral: 'inc.general',
  incFund: 'inc.fund',
  incCapital: 'inc.capital',
  incSuperior: 'inc.superior',
  incBusiness: 'inc.business',
  incOperating: 'inc.operating',
  incAffiliated: 'inc.affiliated',
  incOther: 'inc.other',
  incTotal: 'inc.total',
  incUseNonFiscalBalance: 'inc.useNonFiscalBalance',
  incOpening: 'inc.opening',
  incOpeningGeneral: 'inc.opening.general',
  incOpeningFund: 'inc.opening.fund',
  incOpeningCapital: 'inc.opening.capital',
  incGrand: 'inc.grand',
  expTotal: 'exp.total',
  expDistribution: 'exp.distribution',
  expClosing: 'exp.closing',
  expGrand: 'exp.grand',
  total: 'total',
} as const;

export function expClassKey(code: string): string {
  return `exp.class:${code}`;
}
