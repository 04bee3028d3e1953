import type { Catalog, CatalogItem } from '../../catalog/catalog.js';
import { normalizeItemName } from '../../catalog/catalog.js';
import type { PublicTable, TableRow } from '../../model/disclosure.js';
import type { Location } from '../../model/location.js';
import type { TableId } from '../../model/tables.js';
import { type Rule, defineRule, notApplicable } from '../rule.js';
import { T01, T02, T03, T05, docOf, swap } from '../table/fragments.js';
import { tableName } from '../table/support.js';

/**
 * Classification codes and names printed in the tables: the code exists, the name is the official
 * one, every 项 has its 款 and 类, siblings are in code order, the same code has one name.
 */
const AUTH = '财政部《2024年政府收支分类科目》';
const FUNCTION_TABLES: readonly TableId[] = ['02', '03', '05', '07', '08'];

/** Rows with a printed code (a code found from the row's name, codeFromName, is the catalog's, not the table's word). */
function codedRows(t: PublicTable): TableRow[] {
  return t.rows.filter((r) => r.code && !r.codeFromName && /^\d{3}(\d{2}){0,2}$/.test(r.code));
}

function functionTables(tables: readonly PublicTable[]): PublicTable[] {
  return tables.filter((t) => FUNCTION_TABLES.includes(t.id));
}

/**
 * Is the catalog complete enough around this code to say it does not exist? (The catalog may hold
 * only some items; a code is only called unknown when its siblings are listed.)
 */
function catalogCovers(items: readonly CatalogItem[], code: string): boolean {
  if (code.length === 3) return items.filter((i) => i.code.length === 3).length >= 20;
  const parent = code.slice(0, code.length - 2);
  return items.some((i) => i.code.length === code.length && i.code.startsWith(parent));
}

function lookup(catalog: Catalog, economic: boolean, code: string): CatalogItem | undefined {
  return economic ? catalog.economicItem(code) : catalog.functionItem(code);
}

/** Is this the catalog's name of the item, or one of its recorded other names? */
function isOfficialName(item: CatalogItem, name: string): boolean {
  const own = normalizeItemName(name);
  return normalizeItemName(item.name) === own || item.aliases.some((a) => normalizeItemName(a) === own);
}

export const codeExists = defineRule({
  id: 'classification.code-exists',
  title: '表中科目编码应存在于政府收支分类科目',
  category: 'classification',
  severity: 'error',
  authority: `${AUTH}（支出功能分类科目、部门预算支出经济分类科目）`,
  description: '公开02、03、05、07、08表的支出功能分类编码和公开06表的经济分类编码，必须是当年《政府收支分类科目》中存在的科目。',
  cases: [
    { name: '荣成市公开05表', text: docOf(T05), expect: 'pass' },
    { name: '编码2101502与2101599之间并不存在的2101598', text: docOf(swap(T05, '2101505\t医疗保障政策管理', '2101598\t医疗保障政策管理')), expect: 'fail', mentions: '2101598' },
    {
      name: '2025年度文件中目录未收录的编码只作提示（目录未按2025年版核对）',
      text: docOf(swap(T05, '2101505\t医疗保障政策管理', '2101598\t医疗保障政策管理')).replace('2024年度', '2025年度'),
      expect: 'fail',
      severity: 'info',
      mentions: '2025',
    },
  ],
  check(ctx) {
    const tables = ctx.doc.tables.filter((t) => FUNCTION_TABLES.includes(t.id) || t.id === '06');
    if (!tables.some((t) => codedRows(t).length)) return notApplicable('表中没有科目编码');
    for (const t of tables) {
      const economic = t.id === '06';
      const items = economic ? ctx.catalog.economicItems : ctx.catalog.functionItems;
      for (const r of codedRows(t)) {
        const code = r.code as string;
        if (lookup(ctx.catalog, economic, code)) continue;
        // Function codes: only where the catalog lists all the siblings is a missing code wrong.
        const known = economic
          ? catalogCovers(items, code)
            ? ctx.catalog.covered
              ? 'all'
              : 'some'
            : 'none'
          : ctx.catalog.childrenKnown(code.length === 3 ? null : code.slice(0, -2));
        if (known === 'none') continue;
        ctx.report({
          severity: known === 'all' ? 'error' : 'info',
          message:
            known === 'all'
              ? `${tableName(t.id)}中的科目编码 ${code}（${r.name}）不存在于${economic ? '部门预算支出经济分类' : '支出功能分类'}科目中`
              : `${tableName(t.id)}中的科目编码 ${code}（${r.name}）未收录在本工具的科目目录中（${ctx.catalog.uncoveredNote ?? '该款下的项只收录了一部分'}），未能核实`,
          actual: `${code} ${r.name}`,
          locations: [r.location],
        });
      }
    }
  },
});

/**
 * How a name read for a code may be pieces of wrapped names put on the wrong row rather than what is
 * printed: the tail of its own name ("险缴费" for 机关事业单位基本养老保险缴费, its head wrapped onto the
 * line above; "出" for 行政事业单位养老支出), the head of its own name whose tail another row read
 * ("社会保障和就业支" where the next row reads "出…"), or its own name or its tail followed by the head
 * of another item's name or a total's label ("绩效工资机关事业单位基本养老保", "出行政事业单位养老",
 * "其他资本性支出公用经费合计"). Null when it is none of these.
 */
function wrapPieced(printed: string, standard: string, others: readonly string[], read: readonly string[]): string | null {
  const n = normalizeItemName(printed);
  const own = normalizeItemName(standard);
  if (!n || n === own) return null;
  if (own.endsWith(n)) return `只是规范名称“${standard}”的后半`;
  if (n.length >= 2 && own.startsWith(n)) {
    const rest = own.slice(n.length);
    if (read.some((r) => r !== printed && normalizeItemName(r).startsWith(rest))) return `只是规范名称“${standard}”的前半，后半“${rest}”读到了另一行`;
  }
  // Its own name, or the tail of it, then the head of another's or a total's label.
  for (let k = 0; k < own.length; k++) {
    const tail = own.slice(k);
    if (!n.startsWith(tail) || n === tail) continue;
    const rest = n.slice(tail.length);
    const whose = k === 0 ? `规范名称“${standard}”` : `规范名称“${standard}”的后半“${tail}”`;
    if (/^(人员经费|公用经费)?(合计|小计|总计)$/.test(rest)) return `是${whose}接上了合计行的“${rest}”`;
    const other = others.find((o) => o && normalizeItemName(o) !== own && rest.length >= 2 && normalizeItemName(o).startsWith(rest));
    if (other) return `是${whose}接上了“${other}”的前半`;
  }
  return null;
}

/** Whether a printed name is the head of the standard name, at least four characters of it and not the whole. */
function isHeadOf(printed: string, standard: string): boolean {
  const n = normalizeItemName(printed);
  const own = normalizeItemName(standard);
  return n.length >= 4 && n.length < own.length && own.startsWith(n);
}

export const codeName = defineRule({
  id: 'classification.code-name',
  title: '表中科目名称应与编码对应的规范名称一致',
  category: 'classification',
  severity: 'error',
  authority: AUTH,
  description: '表中每个科目编码后印出的名称应是该编码在《政府收支分类科目》中的规范名称；类名称省略末尾“支出”仅作提示；只印出规范名称前半的（单元格太窄被截断）为警告，同一截断在几张表中只报一次。公开01、04表支出方的类名称也应能对应到功能分类的类。',
  cases: [
    { name: '荣成市公开05表', text: docOf(T05), expect: 'pass' },
    { name: '2101501 印为“行政运营”', text: docOf(swap(T05, '2101501\t行政运行', '2101501\t行政运营')), expect: 'fail', mentions: '行政运营' },
    { name: '210 印为“卫生健康”（省略“支出”）', text: docOf(swap(T05, '210\t卫生健康支出', '210\t卫生健康')), expect: 'fail', severity: 'info', mentions: '卫生健康' },
    {
      name: '折行的名称接错了行：2101501 读作“行政运行医疗保障政策”，只是提示',
      text: docOf(swap(T05, '2101501\t行政运行', '2101501\t行政运行医疗保障政策')),
      expect: 'fail',
      severity: 'info',
      mentions: '接错了行',
    },
    {
      name: '居中折行的名称分到了上下两行：208 读作“出行政事业单位养老”（自身名称的末字接上了下一行名称的前半），只是提示',
      text: docOf(swap(swap(T05, '208\t社会保障和就业支出', '208\t出行政事业单位养老'), '20805\t行政事业单位养老支出', '20805\t支出')),
      expect: 'fail',
      severity: 'info',
      mentions: '接上了',
    },
    {
      name: '名称只读到前半，后半读到了下一行：20805 读作“行政事业单位养老支”，下一行读作“出”，只是提示',
      text: docOf(swap(swap(T05, '20805\t行政事业单位养老支出', '20805\t行政事业单位养老支'), '2080505\t机关事业单位基本养老保险缴费支出', '2080505\t出')),
      expect: 'fail',
      severity: 'info',
      mentions: '前半',
    },
    {
      name: '名称只印出前半（单元格太窄被截断）：20805 印为“行政事业单位养老支”，警告',
      text: docOf(swap(T05, '20805\t行政事业单位养老支出', '20805\t行政事业单位养老支')),
      expect: 'fail',
      severity: 'warning',
      mentions: '截断',
    },
    {
      name: '公开01表支出项目读作“障和就业支”（折行名称的一段），只是提示',
      text: docOf(swap(T01, '八、社会保障和就业支出\t39\t13.06', '障和就业支\t39\t13.06')),
      expect: 'fail',
      severity: 'info',
      mentions: '一部分',
    },
    {
      name: '公开01表支出项目印为“医疗补助”（不是任何类名称的一段），警告',
      text: docOf(swap(T01, '八、社会保障和就业支出\t39\t13.06', '医疗补助\t39\t13.06')),
      expect: 'fail',
      severity: 'warning',
      mentions: '医疗补助',
    },
    { name: '2101501 印为“行政运营”：不是折行能解释的，仍是错误', text: docOf(swap(T05, '2101501\t行政运行', '2101501\t行政运营')), expect: 'fail', severity: 'error', mentions: '行政运营' },
  ],
  check(ctx) {
    let checked = 0;
    // Names cut short, by code and printed name: one cut, printed alike in several tables, is one finding.
    const cuts = new Map<string, { code: string; printed: string; standard: string; places: { id: TableId; location: Location }[] }>();
    for (const t of ctx.doc.tables) {
      const economic = t.id === '06';
      if (!economic && !FUNCTION_TABLES.includes(t.id)) continue;
      for (const r of codedRows(t)) {
        const item = lookup(ctx.catalog, economic, r.code as string);
        if (!item || !r.name) continue;
        checked++;
        if (isOfficialName(item, r.name)) continue;
        const loose = ctx.catalog.nameMatches(item, r.name);
        // In a year the catalog was not checked against, the name may have changed: not provable.
        const note = ctx.catalog.uncoveredNote;
        const wrapped = wrapPieced(r.name, item.name, codedRows(t).map((x) => lookup(ctx.catalog, economic, x.code as string)?.name ?? ''), codedRows(t).map((x) => x.name ?? ''));
        // The head of its own name and nothing else: a spreadsheet prints a name cut at its cell's
        // edge when the cell is too narrow. Printed so, but a matter of the layout, not of the name.
        if (!loose && !wrapped && !note && isHeadOf(r.name, item.name)) {
          const key = `${r.code}|${r.name}`;
          const seen = cuts.get(key);
          if (seen) seen.places.push({ id: t.id, location: r.location });
          else cuts.set(key, { code: r.code as string, printed: r.name, standard: item.name, places: [{ id: t.id, location: r.location }] });
          continue;
        }
        ctx.report({
          severity: loose || note || wrapped ? 'info' : 'error',
          message: loose
            ? `${tableName(t.id)} ${r.code} 印为“${r.name}”，规范名称为“${item.name}”（省略了“支出”）`
            : wrapped
              ? `${tableName(t.id)} ${r.code} 读到的名称“${r.name}”${wrapped}，像是折行的名称在读取时接错了行，不能确定印刷有误，请对照原件`
            : note
              ? `${tableName(t.id)} ${r.code} 的名称印为“${r.name}”，本工具目录中的名称为“${item.name}”（${note}），未能核实`
              : `${tableName(t.id)} ${r.code} 的名称印为“${r.name}”，与规范名称“${item.name}”不符`,
          expected: item.name,
          actual: r.name,
          locations: [r.location],
        });
      }
    }
    // The head of its own name and nothing else: a spreadsheet prints a name cut at its cell's edge
    // when the cell is too narrow. Printed so, but a matter of the layout, not of the name.
    for (const c of cuts.values()) {
      ctx.report({
        severity: 'warning',
        message: `${c.places.map((p) => tableName(p.id)).join('、')} ${c.code} 的名称只印出了规范名称“${c.standard}”的前半“${c.printed}”：像是单元格太窄而被截断，请调整列宽或换行后重新印出`,
        expected: c.standard,
        actual: c.printed,
        locations: c.places.map((p) => p.location),
      });
    }
    for (const t of ctx.doc.tables.filter((x) => x.id === '01' || x.id === '04')) {
      for (const r of t.rows.filter((x) => x.side === 'expense' && x.key.startsWith('exp.name:'))) {
        if (!Object.values(r.cells).some((f) => f && Number(f.value) !== 0)) continue;
        checked++;
        // A piece of a class's name ("障和就业支", "十九、住房"): a name cut over lines and read in pieces,
        // not a name printed wrong.
        const piece = classPiece(r.name, ctx.catalog);
        ctx.report({
          severity: piece ? 'info' : 'warning',
          message: piece
            ? `${tableName(t.id)}支出项目读到的名称“${r.name}”只是类名称“${piece}”的一部分，像是折行的名称在读取时被拆开，不能确定印刷有误，请对照原件`
            : `${tableName(t.id)}支出项目“${r.name}”不是支出功能分类中的类名称`,
          actual: r.name,
          locations: [r.location],
        });
      }
    }
    if (!checked) return notApplicable('表中没有可核对名称的科目');
  },
});

export const hierarchyComplete = defineRule({
  id: 'classification.hierarchy-complete',
  title: '项级科目应同时列出所属款和类',
  category: 'classification',
  severity: 'warning',
  authority: `${AUTH}；财政部《部门决算公开格式文本》（公开表按类、款、项逐级列示）`,
  description: '按支出功能分类列示的公开表中，每个项（7位）都应有其所属的款（5位）和类（3位）行，每个款都应有其类行，否则逐级汇总无法核对。',
  cases: [
    { name: '荣成市公开05表', text: docOf(T05), expect: 'pass' },
    { name: '缺少款21015行', text: docOf(swap(T05, '21015\t医疗保障管理事务\t207.55\t126.26\t81.29\n', '')), expect: 'fail', mentions: '21015' },
  ],
  check(ctx) {
    const tables = functionTables(ctx.doc.tables).filter((t) => codedRows(t).length);
    if (!tables.length) return notApplicable('没有按科目编码列示的公开表');
    for (const t of tables) {
      const codes = new Set(codedRows(t).map((r) => r.code as string));
      const reported = new Set<string>();
      for (const r of codedRows(t)) {
        const code = r.code as string;
        for (const len of [5, 3]) {
          if (code.length <= len) continue;
          const parent = code.slice(0, len);
          if (codes.has(parent) || reported.has(parent)) continue;
          reported.add(parent);
          const item = ctx.catalog.functionItem(parent);
          ctx.report({
            message: `${tableName(t.id)}列有 ${code} ${r.name}，但缺少其所属的${len === 5 ? '款' : '类'} ${parent}${item ? ` ${item.name}` : ''} 行`,
            expected: parent,
            actual: null,
            locations: [r.location],
          });
        }
      }
    }
  },
});

export const order = defineRule({
  id: 'classification.order',
  title: '科目应按编码顺序排列',
  category: 'classification',
  severity: 'info',
  authority: `${AUTH}；财政部《部门决算公开格式文本》`,
  description: '同一上级科目下的类、款、项应按编码从小到大排列，便于核对；顺序错乱仅作提示。',
  cases: [
    { name: '荣成市公开05表', text: docOf(T05), expect: 'pass' },
    {
      name: '2101505 排在 2101501 之前',
      text: docOf(swap(T05, '2101501\t行政运行\t126.26\t126.26\t0.00\n2101505\t医疗保障政策管理\t81.29\t0.00\t81.29', '2101505\t医疗保障政策管理\t81.29\t0.00\t81.29\n2101501\t行政运行\t126.26\t126.26\t0.00')),
      expect: 'fail',
      mentions: '2101505',
    },
  ],
  check(ctx) {
    const tables = ctx.doc.tables.filter((t) => (FUNCTION_TABLES.includes(t.id) || t.id === '06') && codedRows(t).length);
    if (!tables.length) return notApplicable('没有按科目编码列示的公开表');
    for (const t of tables) {
      const rows = codedRows(t);
      const groups = new Map<string, TableRow[]>();
      for (const r of rows) {
        const code = r.code as string;
        const side = t.id === '06' ? (r.side ?? '') : '';
        const key = `${side}|${code.length}|${code.length === 3 ? '' : code.slice(0, code.length - 2)}`;
        groups.set(key, [...(groups.get(key) ?? []), r]);
      }
      for (const g of groups.values()) {
        for (let i = 1; i < g.length; i++) {
          const a = g[i - 1] as TableRow;
          const b = g[i] as TableRow;
          if ((a.code as string) <= (b.code as string)) continue;
          ctx.report({
            message: `${tableName(t.id)}中 ${a.code} ${a.name} 排在 ${b.code} ${b.name} 之前，未按编码顺序排列`,
            locations: [a.location, b.location],
          });
        }
      }
    }
  },
});

export const consistentNames = defineRule({
  id: 'classification.consistent-names',
  title: '同一科目在各表中名称应一致',
  category: 'classification',
  severity: 'warning',
  authority: AUTH,
  description: '同一支出功能分类编码在公开02、03、05、07、08表中应印同一名称；名称不一致说明至少一处抄错。',
  cases: [
    { name: '荣成市公开02、03表', text: docOf(T02, T03), expect: 'pass' },
    { name: '02表名称被截断只是提示', text: docOf(swap(T02, '2101505\t医疗保障政策管理', '2101505\t医疗保障政'), T03), expect: 'pass' },
    {
      name: '2030年的文件，03表把2101505印为“医疗保障政策管理事务”：目录未按该年核对，名称不一致本身就是问题',
      text: docOf(T02, swap(T03, '2101505\t医疗保障政策管理', '2101505\t医疗保障政策管理事务')).replace('2024年度', '2030年度'),
      expect: 'fail',
      mentions: '医疗保障政策管理事务',
    },
    {
      name: '03表把21015印成另一科目的名称：目录能判断哪处错，由“科目名称”规则在该行报出，这里不再重复',
      text: docOf(T02, swap(T03, '21015\t医疗保障管理事务', '21015\t行政事业单位医疗')),
      expect: 'pass',
    },
  ],
  check(ctx) {
    const tables = functionTables(ctx.doc.tables);
    if (tables.length < 2) return notApplicable('按科目编码列示的公开表不足两张');
    const seen = new Map<string, { t: TableId; r: TableRow }>();
    for (const t of tables) {
      for (const r of codedRows(t)) {
        const code = r.code as string;
        // A name not read (pieced from lines a copy interleaved) is compared with nothing.
        if (!r.name) continue;
        const first = seen.get(code);
        if (!first) {
          seen.set(code, { t: t.id, r });
          continue;
        }
        const [a, b] = [normalizeItemName(first.r.name), normalizeItemName(r.name)];
        if (a === b) continue;
        const item = ctx.catalog.functionItem(code);
        // The catalog, checked for this year, knows the item and one name is not its name: code-name
        // reports that name at its row. Saying again that the tables differ would make one wrong name
        // two findings. Only where the catalog cannot judge is the difference itself the finding.
        if (item && !ctx.catalog.uncoveredNote && !(isOfficialName(item, first.r.name) && isOfficialName(item, r.name))) continue;
        // One name the start of the other, the longer being the official name: a cell too narrow
        // for the name (or a copy that lost its wrapped tail) cut it; it was not written differently.
        const longer = a.length >= b.length ? first.r.name : r.name;
        const cut = (a.startsWith(b) || b.startsWith(a)) && item != null && ctx.catalog.nameMatches(item, longer);
        ctx.report({
          ...(cut ? { severity: 'info' as const } : {}),
          message: cut
            ? `科目 ${code} 在${tableName(first.t)}印为“${first.r.name}”，在${tableName(t.id)}印为“${r.name}”：较短的一处只是名称被截断（单元格太窄或复制时丢了折行部分），请核对排版`
            : `科目 ${code} 在${tableName(first.t)}印为“${first.r.name}”，在${tableName(t.id)}印为“${r.name}”`,
          expected: first.r.name,
          actual: r.name,
          locations: [first.r.location, r.location],
        });
      }
    }
  },
});

export const classificationTableRules: Rule[] = [codeExists, codeName, hierarchyComplete, order, consistentNames];

/** The class whose name holds `name` (its numbering 十九、 aside) as a part shorter than the whole, if any. */
function classPiece(name: string, catalog: Catalog): string | null {
  const bare = normalizeItemName(name.replace(/^[一二三四五六七八九十]+[、.．]/, ''));
  if ([...bare].length < 2) return null;
  return catalog.functionClasses().find((c) => c.name !== bare && normalizeItemName(c.name).includes(bare))?.name ?? null;
}
