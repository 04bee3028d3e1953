// End-to-end test of the workbench in a real browser: the built UI (dist/web) served by the real
// server on an in-memory database, driven through Debian's Chromium with playwright-core. One flow,
// run in order, as a reviewer and then an officer would use the workbench:
//   login → upload a PDF and a DOCX → review a PDF finding with its box on the page → decide it →
//   export → upload a corrected version and compare → an officer of another department is refused.
// Screenshots of each main page go to test/artifacts/screens/ for a person to look at.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PDFDocument, PDFArray, PDFName } from 'pdf-lib';
import * as XLSX from 'xlsx';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { compose } from '../../src/compose/compose.js';
import { readComposeInput } from '../../src/compose/input.js';
import { renderFormat } from '../../src/render/index.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const CHROMIUM = '/usr/bin/chromium';
const WEB_INDEX = join(ROOT, 'dist/web/index.html');
const SCREENS = join(ROOT, 'test/artifacts/screens');
/** A LibreOffice print of the Guangyuan sample, which carries known errors (see test/corpus/pdf/README.md). */
const PDF_FILE = join(ROOT, 'test/corpus/pdf/guangyuan-city-2024.libreoffice.pdf');
const SAMPLE_TEXT = join(ROOT, 'samples/guangyuan-city-2024.txt');
const COMPOSE_INPUT = join(ROOT, 'examples/rongcheng-2024.yaml');

const missing = [!existsSync(CHROMIUM) && `${CHROMIUM} 不存在（apt-get install chromium）`, !existsSync(WEB_INDEX) && 'dist/web/index.html 不存在（先运行 npx vite build）']
  .filter(Boolean)
  .join('；');

/** The checks of PDFs take seconds each and the machine may be shared: wait generously, never assert on time. */
const STEP = 240_000;
const WAIT = 180_000;

interface Finding {
  id: number;
  rule: string;
  severity: 'error' | 'warning' | 'info';
  title: string;
  categoryLabel: string;
  expected: string | null;
  actual: string | null;
  locations: { page: number | null; text: string }[];
  decision: { status: string; note: string; fromVersion: number | null } | null;
}
interface DocSummary {
  id: number;
  fileName: string;
  status: string;
  department: string | null;
  year: number | null;
  version: number;
  orgId: number | null;
}

describe.skipIf(missing !== '')(`workbench in a browser${missing ? `（跳过：${missing}）` : ''}`, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  let tmp: string;
  const adminPassword = `e2e-${randomBytes(9).toString('base64url')}`;
  const pageErrors: string[] = [];

  // What one step finds and a later one uses.
  let pdfDoc: DocSummary;
  let docxDoc: DocSummary;
  let fixedDoc: DocSummary;
  let confirmed: Finding; // decided in step 4 and left unfixed in the corrected version
  let fixed: Finding; // fixed in the corrected version
  const note = '结转结余推算不符，请核对年初结转和结余数（e2e）';

  /** A screenshot for a person to look at; CSS transitions finished first so that nothing is caught half faded in. */
  const shot = (name: string, fullPage = true) => page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage, animations: 'disabled' });

  /** GET an API path with the browser's own session cookie. */
  async function apiGet<T>(path: string): Promise<T> {
    const res = await page.request.get(`${base}${path}`);
    expect(res.status(), `GET ${path}`).toBe(200);
    return (await res.json()) as T;
  }
  async function csrf(): Promise<string> {
    return (await apiGet<{ csrfToken: string }>('/api/auth/me')).csrfToken;
  }
  async function documentNamed(fileName: string): Promise<DocSummary> {
    let found: DocSummary | undefined;
    await expect
      .poll(async () => {
        found = (await apiGet<{ documents: DocSummary[] }>('/api/documents')).documents.find((d) => d.fileName === fileName);
        return found !== undefined;
      }, { timeout: 30_000, interval: 300 })
      .toBe(true);
    return found as DocSummary;
  }
  /** Waits until the documents table shows the document as checked (the page polls the queue itself). */
  async function waitChecked(id: number): Promise<void> {
    await page.getByTestId(`doc-row-${id}`).getByTestId('status-checked').waitFor({ timeout: WAIT });
  }
  async function login(username: string, password: string): Promise<void> {
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
  }

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'juesuan-e2e-'));
    await mkdir(SCREENS, { recursive: true });
    server = await startServer({ port: 0, dataDir: null, seed: false, adminPassword, log: () => {} });
    base = `http://127.0.0.1:${server.port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  }, STEP);

  afterAll(async () => {
    await context?.close().catch(() => {});
    await browser?.close().catch(() => {});
    await server?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }, 60_000);

  it('1. logs in as admin through the form; a wrong password is refused in Chinese', async () => {
    await page.goto(`${base}/`);
    await page.getByTestId('login-submit').waitFor();
    await shot('login');

    await login('admin', `${adminPassword}-wrong`);
    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('用户名或密码不正确');
    expect(await page.getByTestId('header-user').count()).toBe(0);

    await login('admin', adminPassword);
    await page.getByTestId('header-user').waitFor();
    expect(await page.getByTestId('logout').isVisible()).toBe(true);
    expect(await page.getByTestId('nav-admin').isVisible()).toBe(true);
    await page.getByTestId('total-documents').waitFor();
    expect((await page.getByTestId('total-documents').innerText()).replace(/\s/g, '')).toBe('文件数0');
  }, STEP);

  it('2. uploads a PDF and a DOCX through the dragger; both end up 已检查', async () => {
    // The DOCX is the project's own composed disclosure (no DOCX is committed to the repository).
    const docxPath = join(tmp, 'rongcheng-2024.docx');
    await writeFile(docxPath, await renderFormat(compose(await readComposeInput(COMPOSE_INPUT)), 'docx'));

    await page.getByTestId('nav-documents').click();
    await page.getByTestId('upload-dragger').waitFor();
    await page.locator('[data-testid="upload-dragger"] input[type=file]').setInputFiles([PDF_FILE, docxPath]);

    pdfDoc = await documentNamed('guangyuan-city-2024.libreoffice.pdf');
    docxDoc = await documentNamed('rongcheng-2024.docx');
    await waitChecked(pdfDoc.id);
    await waitChecked(docxDoc.id);
    expect(await page.getByTestId(`doc-row-${pdfDoc.id}`).innerText()).toContain('已检查');
    expect(await page.getByTestId(`doc-row-${docxDoc.id}`).innerText()).toContain('已检查');
    expect(await page.getByTestId(`doc-row-${pdfDoc.id}`).innerText()).toContain('错误');

    pdfDoc = (await apiGet<{ document: DocSummary }>(`/api/documents/${pdfDoc.id}`)).document;
    docxDoc = (await apiGet<{ document: DocSummary }>(`/api/documents/${docxDoc.id}`)).document;
    expect(pdfDoc.status).toBe('checked');
    expect(docxDoc.status).toBe('checked');
    expect(pdfDoc.department).toBe('广元市医疗保障局');
    expect(pdfDoc.year).toBe(2024);
    expect(docxDoc.department).not.toBe(pdfDoc.department);
    await shot('documents');

    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('dashboard-table').waitFor();
    await page.getByTestId(`dash-cell-${pdfDoc.id}`).waitFor();
    expect((await page.getByTestId('total-documents').innerText()).replace(/\s/g, '')).toBe('文件数2');
    await page.waitForTimeout(1500); // ECharts grows its bars in script; let it finish before the screenshot (not an assertion)
    await shot('dashboard');
  }, STEP);

  it('3. the review page lists an error finding; selecting it draws its box on the shown PDF page', async () => {
    const { findings } = await apiGet<{ findings: Finding[] }>(`/api/documents/${pdfDoc.id}/findings`);
    // Two errors of the sample: one to confirm and leave unfixed, one the department fixes (step 6).
    confirmed = findings.find((f) => f.rule === 'narrative.implied-balance' && f.severity === 'error') as Finding;
    fixed = findings.find((f) => f.rule === 'narrative.same-subject' && f.severity === 'error') as Finding;
    expect(confirmed, JSON.stringify(findings.map((f) => f.rule))).toBeDefined();
    expect(fixed).toBeDefined();
    // Two statements and no third to side with either: neither is named as expected.
    expect(fixed.expected).toBeNull();
    expect(fixed.actual).toBe('816.48万元与816.49万元');

    await page.getByTestId('nav-documents').click();
    await page.getByTestId(`review-${pdfDoc.id}`).click();
    await page.getByTestId('doc-title').waitFor();
    expect(await page.getByTestId('doc-title').innerText()).toContain('guangyuan-city-2024');
    await page.getByTestId('pdf-canvas').waitFor();

    const card = page.getByTestId(`finding-${confirmed.id}`);
    await card.waitFor();
    expect(await card.innerText()).toContain('错误');
    expect(await card.innerText()).toContain(confirmed.title);
    expect(await card.getAttribute('data-selected')).toBe('false');
    await card.getByText(confirmed.title).click();
    await expect.poll(() => card.getAttribute('data-selected'), { timeout: 10_000 }).toBe('true');

    const firstPage = confirmed.locations.find((l) => l.page !== null)?.page as number;
    expect(page.url()).toContain(`finding=${confirmed.id}`);
    const shown = page.locator(`[data-testid="pdf-page"][data-page="${firstPage}"]`);
    await shown.waitFor({ timeout: 60_000 });
    const box = shown.locator(`[data-testid="finding-box"][data-finding-id="${confirmed.id}"]`).first();
    await box.waitFor({ timeout: 60_000 });
    expect(await box.getAttribute('class')).toContain('selected');
    const canvasBox = await shown.getByTestId('pdf-canvas').boundingBox();
    const findingBox = await box.boundingBox();
    expect(canvasBox).not.toBeNull();
    expect(findingBox).not.toBeNull();
    const c = canvasBox as NonNullable<typeof canvasBox>;
    const b = findingBox as NonNullable<typeof findingBox>;
    expect(b.width).toBeGreaterThan(4);
    expect(b.height).toBeGreaterThan(4);
    // The box is drawn 2 px outside the text it frames; allow that much past the canvas edge.
    expect(b.x).toBeGreaterThanOrEqual(c.x - 3);
    expect(b.y).toBeGreaterThanOrEqual(c.y - 3);
    expect(b.x + b.width).toBeLessThanOrEqual(c.x + c.width + 3);
    expect(b.y + b.height).toBeLessThanOrEqual(c.y + c.height + 3);
    await shot('review');
  }, STEP);

  it('4. confirms the finding with a note; the decision survives a reload and is in the API', async () => {
    const card = page.getByTestId(`finding-${confirmed.id}`);
    await card.getByTestId('decision-note').fill(note);
    await card.getByTestId('decide-confirmed').click();
    await card.getByTestId('decision-tag').waitFor();
    expect(await card.getByTestId('decision-tag').innerText()).toContain('确认问题');

    await page.reload();
    const again = page.getByTestId(`finding-${confirmed.id}`);
    await again.getByTestId('decision-tag').waitFor();
    expect(await again.getByTestId('decision-tag').innerText()).toContain('确认问题');
    expect(await again.getByTestId('decision-note').inputValue()).toBe(note);
    expect(await again.getByTestId('carried-over').count()).toBe(0);

    const { findings } = await apiGet<{ findings: Finding[] }>(`/api/documents/${pdfDoc.id}/findings`);
    const decided = findings.find((f) => f.id === confirmed.id);
    expect(decided?.decision?.status).toBe('confirmed');
    expect(decided?.decision?.note).toBe(note);
    expect(findings.find((f) => f.id === fixed.id)?.decision).toBeNull();
  }, STEP);

  it('5. exports the findings as XLSX and the annotated PDF through the buttons', async () => {
    const download = async (testId: string) => {
      const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId(testId).click()]);
      const path = await dl.path();
      expect(path).toBeTruthy();
      return { name: dl.suggestedFilename(), bytes: await readFile(path as string) };
    };

    const xlsx = await download('export-xlsx');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const sheet = XLSX.read(xlsx.bytes, { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet.Sheets[sheet.SheetNames[0] as string] as XLSX.WorkSheet, { header: 1 });
    const row = rows.find((r) => r.includes(confirmed.title) && r.includes(confirmed.rule));
    expect(row, 'the confirmed finding is a row of the workbook').toBeDefined();
    expect(row).toContain('确认问题');
    expect(row).toContain(note);

    const pdf = await download('export-pdf');
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.bytes.includes('/Annots')).toBe(true);
    const original = await readFile(PDF_FILE);
    expect(pdf.bytes.length).toBeGreaterThan(original.length);
    const doc = await PDFDocument.load(pdf.bytes);
    const annotated = doc.getPages().filter((p) => p.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.size());
    expect(annotated.length).toBeGreaterThan(0);
  }, STEP);

  it('6. a corrected version: the fixed finding is resolved, the rest remain, the decision carries over', async () => {
    // The department fixes one figure the "same subject" error quotes (816.48 → 816.49, as the other
    // sentence has it) and leaves the confirmed error alone. Same department and year: version 2.
    const text = await readFile(SAMPLE_TEXT, 'utf8');
    const before = '2024年度本年支出合计2280.29万元，其中：基本支出816.48万元';
    expect(text.split(before).length).toBe(2);
    const fixedPath = join(tmp, 'guangyuan-city-2024-corrected.txt');
    await writeFile(fixedPath, text.replace(before, '2024年度本年支出合计2280.29万元，其中：基本支出816.49万元'));

    await page.getByTestId('nav-documents').click();
    await page.getByTestId('upload-dragger').waitFor();
    await page.locator('[data-testid="upload-dragger"] input[type=file]').setInputFiles(fixedPath);
    fixedDoc = await documentNamed('guangyuan-city-2024-corrected.txt');
    await waitChecked(fixedDoc.id);
    fixedDoc = (await apiGet<{ document: DocSummary }>(`/api/documents/${fixedDoc.id}`)).document;
    expect(fixedDoc.department).toBe(pdfDoc.department);
    expect(fixedDoc.year).toBe(pdfDoc.year);
    expect(fixedDoc.version).toBe(2);
    expect(await page.getByTestId(`doc-row-${fixedDoc.id}`).innerText()).toContain('第2版');

    await page.getByTestId(`review-${fixedDoc.id}`).click();
    await page.getByTestId('doc-title').waitFor();
    expect(await page.getByTestId('doc-version').innerText()).toContain('第2版');

    // The review tab: the confirmed finding is still there, its decision carried over from version 1.
    const { findings } = await apiGet<{ findings: Finding[] }>(`/api/documents/${fixedDoc.id}/findings`);
    const still = findings.find((f) => f.rule === confirmed.rule && f.expected === confirmed.expected && f.actual === confirmed.actual);
    expect(still, 'the unfixed error is found again').toBeDefined();
    expect(findings.some((f) => f.rule === fixed.rule && f.expected === fixed.expected)).toBe(false);
    expect(still?.decision?.status).toBe('confirmed');
    expect(still?.decision?.fromVersion).toBe(1);
    const card = page.getByTestId(`finding-${(still as Finding).id}`);
    await card.getByTestId('carried-over').waitFor();
    expect(await card.getByTestId('carried-over').innerText()).toContain('沿用第1版判断');
    expect(await card.getByTestId('decision-tag').innerText()).toContain('确认问题');
    await page.getByTestId('text-view').waitFor();
    expect(await page.getByTestId('finding-line').count()).toBeGreaterThan(0);

    await page.getByTestId('compare-tab').click();
    const resolved = page.getByTestId('compare-resolved');
    const remaining = page.getByTestId('compare-remaining');
    await resolved.waitFor();
    await resolved.getByTestId(`compare-finding-${fixed.id}`).waitFor();
    expect(await resolved.innerText()).toContain(fixed.title);
    expect(await resolved.locator('[data-testid^="compare-finding-"]').count()).toBeGreaterThanOrEqual(1);
    const remainingItems = remaining.locator('[data-testid^="compare-finding-"]');
    expect(await remainingItems.count()).toBeGreaterThan(1);
    const stillThere = remaining.getByTestId(`compare-finding-${(still as Finding).id}`);
    expect(await stillThere.innerText()).toContain(confirmed.title);
    expect(await stillThere.getByTestId('decision-tag').innerText()).toContain('确认问题');
    expect(await page.getByTestId('comparison').innerText()).toContain('第1版');
    await shot('compare');

    await page.getByTestId('nav-rules').click();
    await page.getByTestId('rules-table').waitFor();
    await page.getByTestId('rules-table').locator('tbody code').first().waitFor();
    expect(await page.getByTestId('rules-table').locator('tbody tr').count()).toBeGreaterThan(5);
    await shot('rules', false);
    // Searching finds the rule; it shows its category in Chinese, the same words the finding cards use.
    await page.getByTestId('rules-search').locator('input').fill(confirmed.rule);
    const ruleRow = page.getByTestId('rules-table').locator('tbody tr', { has: page.locator('code', { hasText: confirmed.rule }) });
    await ruleRow.waitFor();
    expect(await ruleRow.innerText()).toContain(confirmed.categoryLabel);
  }, STEP);

  it('7. an officer of another department sees nothing of the PDF, in the UI and the API', async () => {
    const token = await csrf();
    const other = '广元市财政局';
    const csv = `地区,部门,单位\n广元市,${pdfDoc.department},\n广元市,${other},\n`;
    const imported = await page.request.post(`${base}/api/orgs/import`, {
      headers: { 'X-CSRF-Token': token },
      multipart: { file: { name: 'orgs.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') } },
    });
    expect(imported.status(), await imported.text()).toBe(200);
    expect(((await imported.json()) as { created: number }).created).toBe(3);
    const { orgs } = await apiGet<{ orgs: { id: number; name: string; kind: string }[] }>('/api/orgs');
    const own = orgs.find((o) => o.kind === 'department' && o.name === pdfDoc.department);
    const theirs = orgs.find((o) => o.kind === 'department' && o.name === other);
    expect(own && theirs).toBeTruthy();

    const patch = (id: number, orgId: number) =>
      page.request.patch(`${base}/api/documents/${id}`, { headers: { 'X-CSRF-Token': token }, data: { orgId } });
    const moved = await patch(pdfDoc.id, (own as { id: number }).id);
    expect(moved.status(), await moved.text()).toBe(200);
    expect(((await moved.json()) as DocSummary).orgId).toBe(own?.id);
    // The DOCX goes to the officer's department: a positive control, so "sees nothing" is not "sees nothing at all".
    expect((await patch(docxDoc.id, (theirs as { id: number }).id)).status()).toBe(200);

    const officerPassword = `officer-${randomBytes(8).toString('base64url')}`;
    const created = await page.request.post(`${base}/api/users`, {
      headers: { 'X-CSRF-Token': token },
      data: { username: 'czj-officer', displayName: '财政局编制人', password: officerPassword, role: 'officer', orgId: theirs?.id },
    });
    expect(created.status(), await created.text()).toBe(201);

    // Without the CSRF header a change is refused.
    const noCsrf = await page.request.patch(`${base}/api/documents/${pdfDoc.id}`, { data: { year: 2023 } });
    expect(noCsrf.status()).toBe(403);

    await page.getByTestId('nav-admin').click();
    await page.getByTestId('users-table').waitFor();
    await page.getByTestId('users-table').getByText('czj-officer').waitFor();
    await shot('admin');

    await page.getByTestId('logout').click();
    await page.getByTestId('login-submit').waitFor();
    await login('czj-officer', officerPassword);
    await page.getByTestId('header-user').waitFor();
    expect(await page.getByTestId('header-user').innerText()).toContain('财政局编制人');
    expect(await page.getByTestId('nav-admin').count()).toBe(0);

    await page.goto(`${base}/#/documents`);
    await page.getByTestId(`doc-row-${docxDoc.id}`).waitFor();
    expect(await page.getByTestId(`doc-row-${pdfDoc.id}`).count()).toBe(0);
    expect(await page.getByTestId(`doc-row-${fixedDoc.id}`).count()).toBe(0);

    await page.goto(`${base}/#/documents/${pdfDoc.id}`);
    await page.getByText('无权', { exact: false }).first().waitFor();
    expect(await page.getByTestId('doc-title').count()).toBe(0);
    expect(await page.getByTestId('pdf-canvas').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain('guangyuan');
    expect(await page.locator('body').innerText()).not.toContain(confirmed.title);
    await shot('officer-forbidden');

    for (const path of ['', '/findings', '/file', '/comparison', '/export/findings.xlsx', '/export/annotated.pdf']) {
      const res = await page.request.get(`${base}/api/documents/${pdfDoc.id}${path}`);
      expect(res.status(), `GET /api/documents/${pdfDoc.id}${path}`).toBe(403);
    }
    const decide = await page.request.post(`${base}/api/findings/${confirmed.id}/decision`, {
      headers: { 'X-CSRF-Token': await csrf() },
      data: { status: 'dismissed', note: '' },
    });
    expect(decide.status()).toBe(403);
  }, STEP);

  it('8. no script error was thrown in the page during the flow', () => {
    expect(pageErrors).toEqual([]);
  });
});
