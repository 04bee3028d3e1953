import type { Catalog, CatalogItem } from '../../catalog/catalog.js';
import type { TableRow } from '../../model/disclosure.js';

/**
 * Rows of a function-classified table (02, 03, 05, 07, 08) printed with names and no codes, the
 * levels shown only by indentation ("卫生健康支出" / "  医疗保障管理事务" / "    行政运行"), linked to
 * their codes by name under the rows above them: the tables list each 类, then its 款, each 款 followed
 * by its 项. A 项 name alone is ambiguous (行政运行 is a 项 of some forty 款), so a row is looked for only
 * among the 项 of the last 款 read, the 款 of the last 类 read and the 类 — an item already read is not
 * read twice (a 款 and its one 项 may share a name: 其他支出, 临时救助).
 *
 * All or nothing: the rows are linked only when every one of them resolves so. A row that does not
 * (a name the catalog lacks, a level skipped) would leave its 类's or 款's sum with a part unread, and a
 * name read after it could be taken for a child of the wrong parent; the table then stays as printed,
 * unlinked, and rules that match by code say they could not match.
 *
 * Only where the table prints no code at all: a code printed is the table's own word.
 */
export function linkByNames(rows: TableRow[], catalog: Catalog): void {
  const body = rows.filter((r) => r.key !== 'total');
  if (!body.length || rows.some((r) => r.code)) return;
  const used = new Set<string>();
  const found: CatalogItem[] = [];
  let cls: CatalogItem | null = null;
  let kuan: CatalogItem | null = null;
  for (const r of body) {
    const fits = (i: CatalogItem) => !used.has(i.code) && catalog.nameMatches(i, r.name);
    const candidates = [
      ...(kuan ? catalog.functionChildren(kuan.code).filter(fits) : []),
      ...(cls ? catalog.functionChildren(cls.code).filter(fits) : []),
      ...catalog.functionClasses().filter(fits),
    ];
    if (candidates.length !== 1) return;
    const hit = candidates[0] as CatalogItem;
    used.add(hit.code);
    found.push(hit);
    if (hit.level === 'class') {
      cls = hit;
      kuan = null;
    } else if (hit.level === 'kuan') kuan = hit;
  }
  body.forEach((r, k) => {
    const code = (found[k] as CatalogItem).code;
    r.key = code;
    r.code = code;
    r.codeFromName = true;
  });
}
