import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../src/check.js';
import '../src/extract/register.js';
import { type DocumentScore, scoreDocument } from '../src/score/document.js';
import { schemeById } from '../src/score/schemes/index.js';
import { schemesMarkdown } from '../src/cli/schemes-catalog.js';
import { runCli } from './helpers/run-cli.js';

async function scored(file: string, scheme?: string): Promise<DocumentScore> {
  return scoreDocument(await extractBytes(file, readFileSync(file)), scheme ? schemeById(scheme) : undefined);
}

const byName = (d: DocumentScore, name: string) => d.projects.find((p) => p.name.includes(name))!;

describe('score on the samples', () => {
  it('changji: the project tables follow the deviation scheme, the whole-department table the national one', async () => {
    const d = await scored('samples/changji-prefecture-2024.txt');
    expect(d.inference.project).toMatchObject({ reproduced: 92, comparable: 95 });
    expect(d.inference.project?.scheme.id).toBe('deviation');
    expect(d.inference.overall?.scheme.id).toBe('national');
    const projects = d.projects.filter((p) => p.kind === 'project');
    expect(projects).toHaveLength(11);
    // Wherever a table follows its own scheme, the recomputed total is the reported one.
    for (const p of projects.filter((p) => p.differences.length === 0)) expect(p.computed.total?.toFixed(2), p.name).toBe(p.reported.total?.value);
    expect(projects.filter((p) => p.differences.length).map((p) => p.name).sort()).toEqual(
      ['关于提前下达2023年中央财政医疗服务与保障能力提升', '医疗基金监管工作经费', '扩面征收项目经费', '长期护理保险工作经费'].sort(),
    );
    const ltc = byName(d, '长期护理保险工作经费');
    expect(ltc.computed.executionScore?.toFixed(2)).toBe('8.34');
    expect(ltc.computed.total?.toFixed(2)).toBe('83.13');
    expect(ltc.computed.grade).toBe('良');
    expect(ltc.differences.join('\n')).toMatch(/18\.98.*18\.95/);
    expect(byName(d, '扩面征收项目经费').computed.total?.toFixed(2)).toBe('95.52');
  });

  it('rongcheng: every row follows the national scheme; the duplicated indicator is counted once', async () => {
    const d = await scored('samples/rongcheng-city-2024.md');
    expect(d.scheme.id).toBe('national');
    expect(d.inference.project).toMatchObject({ reproduced: 61, comparable: 61 });
    const scoredSheets = d.projects.filter((p) => p.kind === 'project');
    expect(scoredSheets).toHaveLength(8);
    for (const p of scoredSheets) expect(p.computed.total?.toString(), p.name).toBe(p.reported.total?.value);
    const dup = byName(d, '特殊群体医疗费（二）');
    expect(dup.differences.join('\n')).toMatch(/110分.*\n.*重复列出/);
    expect(byName(d, '医保专项业务经费').reported.grade).toBe('优');
  });

  it('guangyuan: reports without tables are recomputed from their sub-scores', async () => {
    const d = await scored('samples/guangyuan-city-2024.txt');
    expect(d.inference.project).toBeNull();
    const reports = d.projects.filter((p) => p.source === 'report');
    expect(reports).toHaveLength(6);
    for (const p of reports) expect(p.computed.total?.toString(), p.name).toBe(p.reported.total?.value);
    expect(byName(d, '整体').parts.map((x) => x.score.raw)).toEqual(['58.79', '35']);
  });

  it('a forced scheme is used for every table, and disagrees where the document does not follow it', async () => {
    const d = await scored('samples/changji-prefecture-2024.txt', 'national');
    expect(d.inference.project).toMatchObject({ forced: true, reproduced: 74 });
    expect(d.projects.filter((p) => p.differences.length).length).toBeGreaterThan(4);
  });
});

describe('juesuan score', () => {
  it('writes the JSON contract with reported and computed scores per project', () => {
    const r = runCli(['score', '--format', 'json', 'samples/changji-prefecture-2024.txt']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout).documents[0];
    expect(doc.scheme).toBe('deviation');
    const p = doc.projects.find((x: { name: string }) => x.name === '扩面征收项目经费');
    expect(p.reported).toEqual({ executionScore: 10, total: 96.25, grade: null });
    expect(p.computed).toEqual({ executionScore: 9.27, total: 95.52, grade: '优' });
    expect(p.indicators[0]).toMatchObject({ name: '基本医疗保险参保人数', weight: 10, reported: 9.9, computed: 9.9 });
    expect(p.differences[0]).toContain('9.27');
  });

  it('prints every project of every sample as a table with the scheme it inferred', () => {
    const r = runCli(['score', 'samples']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('偏差扣分（deviation），复现 92/95 行');
    expect(r.stdout).toMatch(/长期护理保险工作经费 \| 自评表 \| 10\.00→8\.34 \| 84\.82→83\.13/);
    expect(r.stdout).toMatch(/大病医疗救助费用 \| 评价报告 \| —→— \| 99\.75→99\.75/);
  });

  it('refuses an unknown scheme with the list of known ones (exit 2)', () => {
    const r = runCli(['score', '--scheme', 'guangdong', 'samples']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('未知的计分办法：guangdong');
    expect(r.stderr).toContain('national');
  });

  it('docs/schemes.md is the scheme catalog generated from the code (run `npm run docs:schemes`)', () => {
    expect(readFileSync('docs/schemes.md', 'utf8')).toBe(schemesMarkdown());
  });
});
