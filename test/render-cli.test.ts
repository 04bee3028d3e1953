import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ComposeInputSchema } from '../src/model/compose-input.js';
import { checkFile } from '../src/check.js';
import { runCli } from './helpers/run-cli.js';

describe('juesuan render', () => {
  it('writes the requested formats, and stops with exit 1 on a missing reason unless --draft', () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-render-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const ok = runCli(['render', 'examples/rongcheng-2024.yaml', '--out', dir, '--format', 'html,xlsx']);
    expect(ok.code).toBe(0);
    expect(existsSync(join(dir, 'rongcheng-2024.html'))).toBe(true);
    expect(existsSync(join(dir, 'rongcheng-2024.xlsx'))).toBe(true);
    expect(existsSync(join(dir, 'rongcheng-2024.docx'))).toBe(false);

    const input = parseYaml(readFileSync('examples/rongcheng-2024.yaml', 'utf8'));
    delete input.reasons.total;
    const draftFile = join(dir, 'draft.yaml');
    writeFileSync(draftFile, JSON.stringify(input));
    const stopped = runCli(['render', draftFile, '--out', dir, '--format', 'html']);
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toContain('“total”');
    expect(existsSync(join(dir, 'draft.html'))).toBe(false);
    const draft = runCli(['render', draftFile, '--out', dir, '--format', 'html', '--draft']);
    expect(draft.code).toBe(0);
    expect(readFileSync(join(dir, 'draft.html'), 'utf8')).toContain('【待填写】');
  }, 300_000);

  it('leaves the charts out with --no-charts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-render-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const plain = runCli(['render', 'examples/health-commission-2024.yaml', '--out', join(dir, 'plain'), '--format', 'html', '--no-charts']);
    expect(plain.code).toBe(0);
    const charted = runCli(['render', 'examples/health-commission-2024.yaml', '--out', join(dir, 'charts'), '--format', 'html']);
    expect(charted.code).toBe(0);
    expect(readFileSync(join(dir, 'charts', 'health-commission-2024.html'), 'utf8')).toContain('<svg');
    const html = readFileSync(join(dir, 'plain', 'health-commission-2024.html'), 'utf8');
    expect(html).not.toContain('<svg');
    expect(html).not.toMatch(/图\d 收入结构/);
    expect(runCli(['--help']).stdout).toContain('[--draft] [--no-charts]');
  }, 300_000);

  it('refuses a wrong table figure with the finding and a bad format or input in Chinese', () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-render-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const input = parseYaml(readFileSync('examples/rongcheng-2024.yaml', 'utf8'));
    input.tables['05'].rows.push({ key: 'total', cells: { total: '238.67', basic: '157.38', project: '80.29' } });
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, JSON.stringify(input));
    const r = runCli(['render', bad, '--out', dir, '--format', 'html']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('table.05.row-sum');
    expect(r.stderr).toContain('未生成文件');
    expect(runCli(['render', bad, '--out', dir, '--format', 'odt']).code).toBe(2);
    writeFileSync(bad, 'facts: {department: 甲}');
    const invalid = runCli(['render', bad, '--out', dir]);
    expect(invalid.code).toBe(3);
    expect(invalid.stderr).toContain('缺少必填项');
  }, 300_000);

  it('extract --format yaml recovers a valid input: tables, prior figures and budgets of a published document', () => {
    const x = runCli(['extract', '--format', 'yaml', 'samples/rongcheng-city-2024.md']);
    expect(x.code).toBe(0);
    const input = parseYaml(x.stdout);
    expect(ComposeInputSchema.safeParse(input).success).toBe(true);
    expect(input.tables['05'].rows.find((r: { key: string }) => r.key === '2101501').cells.total).toBe('126.26');
    expect(input.prior.total).toBe('331.28');
    expect(input.budgets['general.expense'].amount).toBe('2060.90');
  }, 300_000);

  it('re-renders the corpus PDF from its own extract: the draft checks clean but for the reasons it marks 【待填写】', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-rerender-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const x = runCli(['extract', '--format', 'yaml', 'test/corpus/putuo-finance-bureau-2024.pdf']);
    expect(x.code).toBe(0);
    const file = join(dir, 'putuo.yaml');
    writeFileSync(file, x.stdout);
    const r = runCli(['render', file, '--out', dir, '--format', 'html', '--template', 'shanghai', '--draft']);
    expect(r.code).toBe(0);
    const report = await checkFile(join(dir, 'putuo.html'));
    const serious = report.findings.filter((f) => f.severity !== 'info');
    expect(serious.map((f) => f.rule)).toEqual(['template.placeholder']);
    expect(serious[0]?.actual).toBe('【待填写】');
  }, 300_000);
});
