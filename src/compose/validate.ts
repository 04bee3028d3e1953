import { checkDisclosure } from '../check.js';
import type { Catalog } from '../catalog/catalog.js';
import { defaultCatalog } from '../catalog/catalog.js';
import type { Figure } from '../model/decimal.js';
import type { Disclosure, PublicTable, TableRow } from '../model/disclosure.js';
import type { Finding } from '../model/finding.js';
import { loc } from '../model/location.js';
import type { ComposeInput } from '../model/compose-input.js';
import { TABLE_DEFS, TABLE_IDS } from '../model/tables.js';
import { completeTables, isEmptyTable } from './tables.js';

/**
 * The completed tables as the canonical model, so the project's full rule catalog judges them before
 * anything is written: a figure the officer typed wrong stops the render with the checker's finding.
 */
export function tablesDisclosure(input: ComposeInput, file: string, catalog: Catalog = defaultCatalog()): Disclosure {
  const tables = completeTables(input, catalog);
  const entity = input.facts.entity ?? input.facts.department;
  let line = 0;
  const out: PublicTable[] = TABLE_IDS.map((id, ti) => {
    const rows: TableRow[] = tables[id].map((r, ri) => {
      line++;
      const cells: Record<string, Figure | null> = {};
      for (const [k, v] of Object.entries(r.cells)) {
        const at = loc(file, `${r.name} ${v}`, { line, cell: { table: ti + 1, row: ri + 1, col: 1 } });
        cells[k] = { value: v, decimals: 2, kind: 'amount', unit: null, raw: v, location: at };
      }
      return { key: r.key, code: r.code, name: r.name, lineNo: null, side: r.side, cells, location: loc(file, `${r.code ?? ''} ${r.name}`.trim(), { line }) };
    });
    const empty = isEmptyTable(tables[id]) && ['07', '08', '09'].includes(id);
    return {
      id,
      title: TABLE_DEFS[id].title,
      unit: '万元',
      entity,
      rows,
      emptyStatement: empty ? '本表无数据。' : null,
      location: loc(file, TABLE_DEFS[id].title, { line: line + 1 }),
    };
  });
  return {
    file,
    format: 'compose-input',
    facts: { title: null, department: input.facts.department, scope: input.facts.scope, region: input.facts.region, fiscalYear: input.facts.year, amountUnit: '万元', kind: 'final', kindReason: null, contents: [] },
    sections: [],
    tables: out,
    claims: [],
    glossary: [],
    performance: { sheets: [], quotes: [], unreadSheets: [] },
    lines: [],
    coverage: {
      tablesFound: [...TABLE_IDS],
      tablesUnread: [],
      tablesReferenced: [],
      sectionsFound: [],
      claims: 0,
      glossaryEntries: 0,
      performanceSheets: 0,
      unread: [],
      tablesOnly: true,
      pagesUnread: [],
      pagesOcr: [],
      ocr: [],
      imagesUnread: 0,
      attachments: [],
    },
  };
}

/** Runs every rule over the input's tables; returns the findings of error and warning severity. */
export function validateTables(input: ComposeInput, file: string, catalog: Catalog = defaultCatalog()): Finding[] {
  const report = checkDisclosure(tablesDisclosure(input, file, catalog), { catalog });
  return report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
}
