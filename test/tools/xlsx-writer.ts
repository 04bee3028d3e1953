import { zipSync } from 'fflate';
import { colName, esc } from '../../src/render/xlsx/workbook.js';

export { colName, esc };

/**
 * A minimal SpreadsheetML writer for test workbooks: strings (shared or inline), numbers stored as
 * given decimal strings with a number format, merged ranges, column widths. Written by hand rather
 * than with a library so that the stored value strings are exactly the ones a test wants (e.g. the
 * 17-digit "2940.0499999999997" older Excel versions wrote), and so that the package is the same
 * bytes on every run (fixed ZIP timestamps).
 */
export type CellSpec = { kind: 'string'; text: string } | { kind: 'number'; value: string; format: string } | { kind: 'raw'; xml: string };

export interface MergeSpec {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface SheetSpec {
  name: string;
  rows: (CellSpec | null)[][];
  merges: MergeSpec[];
  widths?: number[];
  state?: 'visible' | 'hidden';
  /** The rows from the title to the header's last (0-based, inclusive) and the label columns, for print titles. */
  titles?: { rows: [number, number]; cols: [number, number] };
}

export interface WorkbookOptions {
  /** Strings inline in the cells (t="inlineStr") instead of the shared-string table. */
  inlineStrings?: boolean;
  date1904?: boolean;
  /**
   * Laid out to be printed as the final-accounts software's export is: every cell ruled with a thin
   * border, each sheet on landscape A4 scaled to the page's width (for test/tools/calc-print.ts).
   */
  printed?: boolean | PrintSetup;
}

/** How a printed workbook is laid out for the page (defaults: ruled, landscape, fitted to the width). */
export interface PrintSetup {
  /** Cell borders on every cell, none, or none with the sheet's gridlines printed. */
  borders?: 'ruled' | 'none' | 'gridlines';
  orientation?: 'landscape' | 'portrait';
  /** Fitted to the page's width, printed at a scale (percent), or at 100% running onto more pages. */
  fit?: 'width' | 'none' | number;
  /** The sheet's header rows repeated at the top of each page; its label columns at the left. */
  repeatRows?: boolean;
  repeatCols?: boolean;
}

/** Built-in format ids a writer may use without declaring the format. */
const BUILTIN: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

const enc = new TextEncoder();

/** A thin black border on every side: the default style's border in a workbook laid out to be printed. */
const RULED = ['left', 'right', 'top', 'bottom'].map((k) => `<${k} style="thin"><color indexed="64"/></${k}>`).join('').replace(/^/, '<border>').concat('<diagonal/></border>');


/** The print-titles defined names (rows and columns repeated on each page) of every sheet. */
function printTitles(sheets: readonly SheetSpec[], setup: PrintSetup | null): string {
  if (!setup?.repeatRows && !setup?.repeatCols) return '';
  const names = sheets.flatMap((s, i) => {
    if (!s.titles) return [];
    const q = `'${s.name.replace(/'/g, "''")}'`;
    const { rows, cols } = s.titles;
    const parts = [
      setup.repeatCols ? `${q}!$${colName(cols[0])}:$${colName(cols[1])}` : '',
      setup.repeatRows ? `${q}!$${rows[0] + 1}:$${rows[1] + 1}` : '',
    ].filter(Boolean);
    return [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${esc(parts.join(','))}</definedName>`];
  });
  return `<definedNames>${names.join('')}</definedNames>`;
}

/** Writes the workbook as .xlsx bytes. */
export function writeXlsx(sheets: readonly SheetSpec[], options: WorkbookOptions = {}): Uint8Array {
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const formats: string[] = [];
  const styleOf = (format: string): number => {
    let i = formats.indexOf(format);
    if (i < 0) i = formats.push(format) - 1;
    return i + 1; // cellXfs[0] is the default style
  };
  const setup: PrintSetup | null = options.printed ? (options.printed === true ? {} : options.printed) : null;
  const ruled = setup != null && (setup.borders ?? 'ruled') === 'ruled';
  const sheetXml = sheets.map((sh) => {
    const rows = sh.rows
      .map((row, r) => {
        const cells = row
          .map((c, ci) => {
            if (!c) return '';
            const ref = `${colName(ci)}${r + 1}`;
            if (c.kind === 'raw') return c.xml.replace('$REF', ref);
            if (c.kind === 'number') return `<c r="${ref}" s="${styleOf(c.format)}"><v>${c.value}</v></c>`;
            if (options.inlineStrings) return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(c.text)}</t></is></c>`;
            let k = sharedIndex.get(c.text);
            if (k == null) {
              k = shared.push(c.text) - 1;
              sharedIndex.set(c.text, k);
            }
            return `<c r="${ref}" t="s"><v>${k}</v></c>`;
          })
          .join('');
        return cells ? `<row r="${r + 1}">${cells}</row>` : '';
      })
      .join('');
    const cols = sh.widths?.length
      ? `<cols>${sh.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
      : '';
    const merges = sh.merges.length
      ? `<mergeCells count="${sh.merges.length}">${sh.merges.map((m) => `<mergeCell ref="${colName(m.c0)}${m.r0 + 1}:${colName(m.c1)}${m.r1 + 1}"/>`).join('')}</mergeCells>`
      : '';
    const fit = setup && (setup.fit ?? 'width') === 'width' ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '';
    const scale = typeof setup?.fit === 'number' ? ` scale="${setup.fit}"` : '';
    const fitAttrs = setup && (setup.fit ?? 'width') === 'width' ? ' fitToWidth="1" fitToHeight="0"' : '';
    const gridlines = setup?.borders === 'gridlines' ? '<printOptions gridLines="1"/>' : '';
    const page = setup
      ? `${gridlines}<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="${setup.orientation ?? 'landscape'}"${scale}${fitAttrs}/>`
      : '';
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${fit}${cols}<sheetData>${rows}</sheetData>${merges}${page}</worksheet>`;
  });

  const custom = formats.filter((f) => BUILTIN[f] == null);
  const idOf = (f: string) => BUILTIN[f] ?? 164 + custom.indexOf(f);
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${custom.length ? `<numFmts count="${custom.length}">${custom.map((f) => `<numFmt numFmtId="${idOf(f)}" formatCode="${esc(f)}"/>`).join('')}</numFmts>` : ''}<fonts count="1"><font><sz val="11"/><name val="宋体"/><family val="2"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1">${ruled ? RULED : '<border><left/><right/><top/><bottom/><diagonal/></border>'}</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${formats.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${formats.map((f) => `<xf numFmtId="${idOf(f)}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`).join('')}</cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

  const files: Record<string, Uint8Array> = {};
  const put = (name: string, text: string) => {
    files[name] = enc.encode(text);
  };
  put(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${options.inlineStrings ? '' : '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'}</Types>`,
  );
  put(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  put(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr${options.date1904 ? ' date1904="1"' : ''}/><bookViews><workbookView/></bookViews><sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state === 'hidden' ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`).join('')}</sheets>${printTitles(sheets, setup)}</workbook>`,
  );
  const rels = sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  rels.push(`<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`);
  if (!options.inlineStrings) rels.push(`<Relationship Id="rId${sheets.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`);
  put('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  put('xl/styles.xml', styles);
  sheetXml.forEach((x, i) => put(`xl/worksheets/sheet${i + 1}.xml`, x));
  if (!options.inlineStrings) {
    put(
      'xl/sharedStrings.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${shared.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`,
    );
  }
  return zipSync(files, { level: 6, mtime: new Date('2025-01-01T00:00:00Z') });
}
