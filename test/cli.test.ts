import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runCli } from './helpers/run-cli.js';

describe('juesuan CLI', () => {
  it('exits 2 with a Chinese usage message for an unknown command or option', () => {
    const a = runCli(['frobnicate']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('未知命令');
    const b = runCli(['check', '--format', 'pdf', 'samples']);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('--format');
    const c = runCli(['check']);
    expect(c.code).toBe(2);
  });

  it('exits 2 for a path that does not exist, naming it', () => {
    const r = runCli(['check', 'no/such/file.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no/such/file.txt');
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('checks every sample and reports errors (exit 1 at --fail-on error, 0 at never)', () => {
    const r = runCli(['check', 'samples']);
    expect(r.code).toBe(1);
    for (const f of ['changji', 'guangyuan', 'rongcheng']) expect(r.stdout).toContain(f);
    expect(r.stdout).toContain('错误');
    expect(runCli(['check', '--fail-on', 'never', 'samples']).code).toBe(0);
  });

  it('writes the JSON contract', () => {
    const r = runCli(['check', '--format', 'json', 'samples/rongcheng-city-2024.md']);
    const j = JSON.parse(r.stdout);
    const d = j.documents[0];
    expect(d.file).toContain('rongcheng');
    expect(Array.isArray(d.findings)).toBe(true);
    for (const k of ['rulesRun', 'rulesNotApplicable', 'rulesInsufficientData', 'tablesFound']) expect(d.coverage).toHaveProperty(k);
    const f = d.findings[0];
    for (const k of ['rule', 'severity', 'message', 'expected', 'actual', 'tolerance', 'locations']) expect(f).toHaveProperty(k);
    expect(f.locations[0]).toHaveProperty('line');
    expect(f.locations[0]).toHaveProperty('page');
    expect(f.locations[0]).toHaveProperty('text');
  });

  it('writes a self-contained HTML report atomically with --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-cli-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const out = join(dir, 'report.html');
    const r = runCli(['check', '--format', 'html', '--out', out, 'samples/guangyuan-city-2024.txt']);
    expect([0, 1]).toContain(r.code);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<!doctype html>');
    expect(html).toContain('guangyuan');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    expect(readdirSync(dir)).toEqual(['report.html']);
    // The quoted source marks the figure the finding is about: 816.49 in the performance report.
    expect(html).toMatch(/其中：基本支出<mark>816\.49<\/mark>万元/);
  });

  it('keeps checking the other files when one cannot be read, and exits 3', () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-cli-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'ok.md'), readFileSync('samples/rongcheng-city-2024.md'));
    const r = runCli(['check', '--format', 'json', dir]);
    expect(r.code).toBe(3);
    const j = JSON.parse(r.stdout);
    const empty = j.documents.find((d: { file: string }) => d.file.endsWith('empty.txt'));
    expect(empty.error.message).toContain('空文件');
    const ok = j.documents.find((d: { file: string }) => d.file.endsWith('ok.md'));
    expect(ok.findings.length).toBeGreaterThan(0);
  });

  it('checks the workbooks of a directory, skips Excel lock files, and exits 3 for an encrypted one without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-cli-xlsx-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'tables.xlsx'), readFileSync('test/corpus/xlsx/rongcheng-city-2024.xlsx'));
    writeFileSync(join(dir, 'tables.xls'), readFileSync('test/corpus/xlsx/rongcheng-city-2024.xls'));
    writeFileSync(join(dir, '~$tables.xlsx'), 'owner lock');
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]), 0x400);
    writeFileSync(join(dir, 'secret.xlsx'), ole);
    const r = runCli(['check', dir]);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/secret\.xlsx\n\s+无法检查：文件已加密/);
    expect(r.stdout).not.toContain('~$');
    expect(r.stdout.match(/识别到报表：公开01表/g)).toHaveLength(2);
    expect(r.stdout).toContain('只含报表');
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/\bat .+\.(ts|js):\d+/);
  });

  it('prints the rule catalog as JSON with at least 100 rules and full metadata', () => {
    const r = runCli(['rules', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.rules.length).toBeGreaterThanOrEqual(100);
    for (const rule of j.rules) for (const k of ['id', 'title', 'category', 'severity', 'authority']) expect(rule[k]).toBeTruthy();
    expect(runCli(['rules']).stdout).toContain('# juesuan 规则目录');
  });

  it('extracts the model as JSON that names the fiscal year', () => {
    const r = runCli(['extract', '--format', 'json', 'samples/changji-prefecture-2024.txt']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.facts.fiscalYear).toBe(2024);
    expect(j.facts.department).toBe('昌吉回族自治州医疗保障局');
    expect(existsSync('samples/changji-prefecture-2024.txt')).toBe(true);
  });
});
