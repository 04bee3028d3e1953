import { zipSync } from 'fflate';

/**
 * A small SpreadsheetML writer: inline strings, numbers, formulas with their cached values, merged
 * ranges, column widths and three cell styles (plain text, bordered text, bordered 0.00 figure).
 * Written on fflate (already a dependency) rather than with a workbook library: the package needs
 * only these parts, stays byte-identical between runs, and adds nothing to install.
 */

export type Cell =
  | { kind: 'text'; text: string; style?: 'plain' | 'boxed' | 'boxedBold' | 'title' }
  | { kind: 'number'; value: string; formula?: string; bold?: boolean };

export interface Sheet {
  name: string;
  cells: Map<string, Cell>;
  merges: string[];
  widths: number[];
}

const enc = new TextEncoder();
/** Text escaped for an XML attribute or element. */
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "A", "B", … "AA" for a 0-based column. */
export function colName(c: number): string {
  let n = c + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export const ref = (r: number, c: number) => `${colName(c)}${r + 1}`;

function parseRef(a: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(a) as RegExpExecArray;
  let c = 0;
  for (const ch of m[1] as string) c = c * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, c - 1];
}

// Style ids: 0 default, 1 boxed text, 2 boxed bold text, 3 boxed 0.00, 4 boxed bold 0.00, 5 title.
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="3"><font><sz val="10"/><name val="宋体"/><charset val="134"/></font><font><b/><sz val="10"/><name val="宋体"/><charset val="134"/></font><font><sz val="16"/><name val="黑体"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="4" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/><xf numFmtId="4" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function cellXml(a: string, c: Cell): string {
  if (c.kind === 'number') {
    const s = c.bold ? 4 : 3;
    return `<c r="${a}" s="${s}">${c.formula ? `<f>${esc(c.formula)}</f>` : ''}<v>${c.value}</v></c>`;
  }
  const s = c.style === 'boxed' ? 1 : c.style === 'boxedBold' ? 2 : c.style === 'title' ? 5 : 0;
  return `<c r="${a}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${esc(c.text)}</t></is></c>`;
}

function sheetXml(sh: Sheet): string {
  const byRow = new Map<number, [number, string][]>();
  for (const [a, c] of sh.cells) {
    const [r, col] = parseRef(a);
    const list = byRow.get(r) ?? [];
    list.push([col, cellXml(a, c)]);
    byRow.set(r, list);
  }
  const rows = [...byRow.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([r, cs]) => `<row r="${r + 1}">${cs.sort((x, y) => x[0] - y[0]).map((x) => x[1]).join('')}</row>`)
    .join('');
  const cols = sh.widths.length ? `<cols>${sh.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` : '';
  const merges = sh.merges.length ? `<mergeCells count="${sh.merges.length}">${sh.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>${cols}<sheetData>${rows}</sheetData>${merges}<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>`;
}

/** Packs the sheets as .xlsx bytes; formulas are recalculated when the workbook is opened. */
export function writeWorkbook(sheets: Sheet[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, text: string) => {
    files[name] = enc.encode(text);
  };
  put(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  );
  put(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  put(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`,
  );
  const rels = sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  rels.push(`<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`);
  put('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  put('xl/styles.xml', STYLES);
  sheets.forEach((s, i) => put(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s)));
  return zipSync(files, { level: 6, mtime: new Date('2025-01-01T00:00:00Z') });
}
