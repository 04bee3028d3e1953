import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBytes, extractBytes } from '../src/check.js';
import { defaultCatalog } from '../src/catalog/catalog.js';
import { compose } from '../src/compose/compose.js';
import { inputFromDisclosure } from '../src/compose/from-disclosure.js';
import { parseComposeInput } from '../src/compose/input.js';
import { completeTables, type Tables } from '../src/compose/tables.js';
import { templateNames } from '../src/compose/template.js';
import { validateTables } from '../src/compose/validate.js';
import type { ComposeInput } from '../src/model/compose-input.js';
import { ComposeInputSchema } from '../src/model/compose-input.js';
import type { Disclosure } from '../src/model/disclosure.js';
import { TABLE_IDS } from '../src/model/tables.js';
import { Decimal } from '../src/model/decimal.js';
import { renderFormat } from '../src/render/index.js';
import { scaleComposeInput } from './tools/scale-input.js';

const EXAMPLES = ['rongcheng-2024', 'health-commission-2024'];
const load = (name: string) => parseComposeInput(readFileSync(`examples/${name}.yaml`, 'utf8'), name);

/** Every figure of the completed tables, keyed table/row/column. */
function cellsOf(tables: Tables): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of TABLE_IDS) for (const r of tables[id]) for (const [c, v] of Object.entries(r.cells)) out.set(`${id}/${r.key}/${c}`, v);
  return out;
}

/** The same figures as a reader found them in a rendered document. */
function cellsRead(doc: Disclosure): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of doc.tables) for (const r of t.rows) for (const [c, f] of Object.entries(r.cells)) if (f) out.set(`${t.id}/${r.key}/${c}`, f.value);
  return out;
}

/** What the explanation states and extract must give back: prior figures, budgets, counts, procurement, projects. */
function narrativeOf(input: ComposeInput) {
  return {
    prior: input.prior,
    budgets: input.budgets,
    // The domestic reception amount is printed whether given or derived (reception − foreign).
    threePublic: {
      ...input.threePublic,
      receptionDomestic: input.threePublic.receptionDomestic && { batches: input.threePublic.receptionDomestic.batches, people: input.threePublic.receptionDomestic.people },
      // No foreign reception is printed as zero batches, people and amount.
      receptionForeign: {
        amount: new Decimal(input.threePublic.receptionForeign?.amount ?? '0').toFixed(2),
        batches: input.threePublic.receptionForeign?.batches ?? 0,
        people: input.threePublic.receptionForeign?.people ?? 0,
      },
    },
    procurement: input.procurement,
    projects: input.performance.projects.map((p) => ({ name: p.name, fullBudget: p.fullBudget, executed: p.executed, score: p.score, grade: p.grade })),
    reasons: input.reasons,
  };
}

function normalised(input: ComposeInput) {
  const n = narrativeOf(input);
  const fix = (v: string) => new Decimal(v).toFixed(2);
  return {
    ...n,
    prior: Object.fromEntries(Object.entries(n.prior).map(([k, v]) => [k, fix(v)])),
    budgets: Object.fromEntries(Object.entries(n.budgets).map(([k, v]) => [k, { amount: fix(v.amount), basis: v.basis }])),
    procurement: n.procurement && Object.fromEntries(Object.entries(n.procurement).map(([k, v]) => [k, fix(v)])),
    projects: n.projects.map((p) => ({ ...p, fullBudget: fix(p.fullBudget), executed: fix(p.executed) })),
  };
}

describe('compose input', () => {
  it('refuses amounts written as numbers and names the field in Chinese', () => {
    const bad = readFileSync('examples/rongcheng-2024.yaml', 'utf8').replace("{ amount: '238.67' }", '{ amount: 238.67 }');
    expect(() => parseComposeInput(bad, 'x.yaml')).toThrow(/tables\.01\.rows\.0\.cells\.amount/);
    expect(() => parseComposeInput('facts: [', 'x.yaml')).toThrow(/不是有效的 YAML/);
    expect(() => parseComposeInput('facts: {department: 甲}', 'x.yaml')).toThrow(/缺少必填项/);
  });

  it("refuses last year's 三公 total that is not the sum of last year's items, before anything is written", () => {
    const text = readFileSync('examples/health-commission-2024.yaml', 'utf8');
    expect(() => parseComposeInput(text, 'x.yaml')).not.toThrow();
    expect(() => parseComposeInput(text.replace("threePublic.total: '13.50'", "threePublic.total: '16.80'"), 'x.yaml')).toThrow(/prior\.threePublic\.total：上年“三公”经费合计 16\.80 万元不等于.*之和 13\.50 万元/);
  });

  it('completes the rongcheng tables from their 项 rows exactly as the sample prints them', async () => {
    const tables = completeTables(load('rongcheng-2024'), defaultCatalog());
    const sample = await extractBytes('rongcheng-city-2024.md', new Uint8Array(readFileSync('samples/rongcheng-city-2024.md')));
    const printed = cellsRead(sample);
    const ours = cellsOf(tables);
    let compared = 0;
    for (const [k, v] of printed) {
      if (k.startsWith('06/')) continue; // the sample does not print table 06
      const mine = ours.get(k);
      // Table 01/04 print every 类 with 0.00; compose prints the classes used.
      if (mine == null && Number(v) === 0) continue;
      expect(mine, k).toBe(v);
      compared++;
    }
    expect(compared).toBeGreaterThan(150);
  });

  it('stops on a table figure typed wrong, with the checker finding', () => {
    const input = load('rongcheng-2024');
    expect(validateTables(input, 'ok.yaml')).toEqual([]);
    const rows = input.tables['05']?.rows ?? [];
    rows.push({ key: 'total', cells: { total: '238.67', basic: '157.38', project: '80.29' } });
    const findings = validateTables(input, 'bad.yaml');
    expect(findings.some((f) => f.severity === 'error' && f.rule === 'table.05.row-sum')).toBe(true);
  });

  it('marks a reason not given as 【待填写】 and lists it as a gap', async () => {
    const input = load('health-commission-2024');
    delete input.reasons['expense.project'];
    const doc = compose(input);
    expect(doc.gaps.map((g) => g.key)).toEqual(['expense.project']);
    const html = new TextDecoder().decode(await renderFormat(doc, 'html'));
    expect(html).toContain('项目支出200.70万元。与2023年度相比，项目支出增加50.70万元，增长33.80%。主要变动原因是<span class="gap">【待填写】</span>');
  });

  it('says 新增 for every line whose prior year was zero, and 减少…100.00% for one that fell to zero; check reads both clean', async () => {
    const input = load('health-commission-2024');
    // Every compared line new this year: the totals, each income and expense row, 三公, 机关运行经费.
    for (const k of Object.keys(input.prior)) input.prior[k] = '0';
    const doc = compose(input, { charts: false });
    const text = doc.blocks.map((b) => (b.kind === 'para' ? b.text : '')).join('\n');
    expect(text).toContain('与2023年度相比，收、支总计各新增624.10万元，上年无此项收支。');
    expect(text).toContain('与2023年度相比，其他收入新增20.00万元，上年无此项收入。');
    expect(text).toContain('与2023年度相比，项目支出新增200.70万元，上年无此项支出。');
    expect(text).toContain('与2023年度相比，因公出国（境）费新增3.60万元，上年无此项支出。');
    expect(text.match(/与2023年度相比，[^。]*新增[\d.]+万元，上年无此项(?:收支|收入|支出)。/g)).toHaveLength(Object.keys(input.prior).length);
    expect(text).not.toMatch(/增长0(?:\.00)?%|增加[\d.]+万元，增长100\.00%/);
    // The reverse: a line of last year that is gone this year.
    const gone = load('rongcheng-2024');
    gone.prior['threePublic.abroad'] = '1.50';
    gone.reasons['threePublic.abroad'] = '本年未安排出国（境）团组';
    const goneDoc = compose(gone, { charts: false });
    expect(goneDoc.blocks.some((b) => b.kind === 'para' && b.text.includes('因公出国（境）费减少1.50万元，下降100.00%。'))).toBe(true);
    for (const [name, composed, source] of [['new', doc, input], ['gone', goneDoc, gone]] as const) {
      for (const format of ['html', 'docx'] as const) {
        const bytes = await renderFormat(composed, format);
        const report = await checkBytes(`${name}.${format}`, bytes);
        expect(report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.message}`), `${name} ${format}`).toEqual([]);
        // extract reads the prior years back: zero for the new lines, the given one for the line gone.
        const back = parseComposeInput(JSON.stringify(inputFromDisclosure(await extractBytes(`${name}.${format}`, bytes))));
        expect(normalised(back).prior, `${name} ${format}`).toEqual(normalised(source).prior);
      }
    }
  });

  it('has a JSON Schema in docs generated from the zod schemas', () => {
    const schema = JSON.parse(readFileSync('docs/compose-input.schema.json', 'utf8'));
    expect(schema.properties.tables).toBeDefined();
    expect(schema.properties.reasons).toBeDefined();
    // Every example validates against the zod schema the JSON Schema came from.
    for (const e of EXAMPLES) expect(ComposeInputSchema.safeParse(parseYaml(readFileSync(`examples/${e}.yaml`, 'utf8'))).success).toBe(true);
  });
});

describe('compose round trip: what render writes, check passes and extract gives back', () => {
  for (const example of EXAMPLES) {
    for (const template of templateNames()) {
      for (const format of ['html', 'docx'] as const) {
        it(`${example} · ${template} · ${format}`, async () => {
          const input = load(example);
          const doc = compose(input, { template });
          expect(doc.gaps).toEqual([]);
          const bytes = await renderFormat(doc, format);
          const report = await checkBytes(`${example}.${format}`, bytes);
          const serious = report.findings.filter((f) => f.severity !== 'info');
          expect(serious.map((f) => `${f.rule} ${f.message}`)).toEqual([]);
          expect(report.coverage.tablesFound).toEqual([...TABLE_IDS]);

          const read = await extractBytes(`${example}.${format}`, bytes);
          const printed = cellsRead(read);
          for (const [k, v] of cellsOf(completeTables(input, defaultCatalog()))) expect(printed.get(k), k).toBe(v);
          const back = parseComposeInput(JSON.stringify(inputFromDisclosure(read)));
          expect(normalised(back)).toEqual(normalised(input));
          expect(back.facts.department).toBe(input.facts.department);
          expect(back.facts.year).toBe(input.facts.year);
        });
      }
    }
  }

  it('xlsx holds the nine tables with a formula for every total', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const input = load('health-commission-2024');
    const bytes = await renderFormat(compose(input), 'xlsx');
    const files = unzipSync(bytes);
    const sheet05 = strFromU8(files['xl/worksheets/sheet5.xml'] as Uint8Array);
    expect(sheet05).toMatch(/<f>[A-Z]+\d+(\+[A-Z]+\d+)+<\/f><v>512\.10<\/v>/);
    const read = await extractBytes('x.xlsx', bytes);
    const printed = cellsRead(read);
    for (const [k, v] of cellsOf(completeTables(input, defaultCatalog()))) expect(printed.get(k), k).toBe(v);
    const report = await checkBytes('x.xlsx', bytes);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const PDFTOPPM = existsSync('/usr/bin/pdftoppm');
/** Without a CJK font LibreOffice prints no Chinese glyphs, and the PDF cannot be read back. */
function hasCjkFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}
// One example: printing by LibreOffice takes tens of seconds; the richer example exercises every section.
const PDF_EXAMPLES = ['health-commission-2024'];

describe.skipIf(!SOFFICE || !hasCjkFont())('compose PDF (printed by LibreOffice; skipped without soffice or a CJK font)', () => {
  const pdfs = new Map<string, Uint8Array>();
  beforeAll(async () => {
    for (const e of PDF_EXAMPLES) pdfs.set(e, await renderFormat(compose(load(e)), 'pdf'));
  }, 300_000);

  for (const example of PDF_EXAMPLES) {
    it(`${example}: the PDF checks clean and gives back every table cell`, async () => {
      const bytes = pdfs.get(example) as Uint8Array;
      const report = await checkBytes(`${example}.pdf`, bytes);
      expect(report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.message}`)).toEqual([]);
      const read = await extractBytes(`${example}.pdf`, bytes);
      const printed = cellsRead(read);
      for (const [k, v] of cellsOf(completeTables(load(example), defaultCatalog()))) expect(printed.get(k), k).toBe(v);
      if (PDFTOPPM) {
        // First pages as PNG for a person to look at (test/artifacts is git-ignored).
        const dir = join('test', 'artifacts', 'compose');
        mkdirSync(dir, { recursive: true });
        const pdf = join(dir, `${example}.pdf`);
        writeFileSync(pdf, bytes);
        execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '8', pdf, join(dir, example)]);
      }
    }, 120_000);
  }

  // A large department: every amount of the example ×1000 ("607600.00"). Set in the columns sized for the
  // example's, its figures wrapped in their cells ("607600.0" / "0") and a copy of the page read them cut.
  it.skipIf(!existsSync('/usr/bin/pdftotext'))('prints every figure of a large department whole on its line', async () => {
    const input = parseComposeInput(scaleComposeInput(readFileSync('examples/health-commission-2024.yaml', 'utf8'), 1000), 'large');
    const bytes = await renderFormat(compose(input), 'pdf');
    const dir = join('test', 'artifacts', 'compose');
    mkdirSync(dir, { recursive: true });
    const pdf = join(dir, 'health-commission-x1000.pdf');
    writeFileSync(pdf, bytes);
    const words = new Set(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split(/\s+/));
    const figures = [...cellsOf(completeTables(input, defaultCatalog())).values()].filter((v) => new Decimal(v).abs().gte(1000));
    expect(figures.length).toBeGreaterThan(20);
    expect(figures.map((v) => new Decimal(v).toFixed(2)).filter((v) => !words.has(v))).toEqual([]);
  }, 120_000);
});

