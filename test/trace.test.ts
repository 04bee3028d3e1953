// JUESUAN_TRACE=1 marks the stages of a check on standard error, the CLI's thread and its parse
// worker on one time line (src/trace.ts; bench/timeline.ts reads them), and changes nothing else.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMark } from '../src/trace.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PDF = 'test/corpus/pdf/guangyuan-city-2024.chromium.pdf';

function check(file: string, trace: boolean) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'test/helpers/cli-entry.ts', 'check', '--format', 'json', file], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, JUESUAN_TRACE: trace ? '1' : '', JUESUAN_OCR: 'off' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const marks = r.stderr.split('\n').flatMap((l) => parseMark(l) ?? []);
  return { code: r.status, stdout: r.stdout, rest: r.stderr.split('\n').filter((l) => !parseMark(l)).join('\n'), marks };
}

describe('the stage trace of a check', () => {
  it('marks a PDF check from process start to report, the parse worker between the read and the layout coming back', () => {
    const { marks } = check(PDF, true);
    const at = (stage: string) => {
      const m = marks.find((x) => x.stage === stage);
      expect(m, stage).toBeDefined();
      return m?.at as number;
    };
    const order = ['process start', 'check command', `read ${PDF}`, 'pdf: text layer', 'pdf: PDFium ready', 'pdf: layout', 'pdf: laid out', 'layout in hand', 'interpreted', 'rules run', 'report written'];
    const times = order.map(at);
    // One time line: the worker's marks fall between the CLI thread's, in order, not on a clock of their own.
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('leaves the report and every other line of standard error as they are', () => {
    const on = check(PDF, true);
    const off = check(PDF, false);
    expect(off.marks).toEqual([]);
    expect(on.code).toBe(off.code);
    expect(JSON.parse(on.stdout)).toEqual(JSON.parse(off.stdout));
    expect(on.rest).toBe(off.rest);
  });

  it('reads only its own lines back', () => {
    expect(parseMark('juesuan-trace 1796596739204.6 pdf: laid out')).toEqual({ at: 1796596739204.6, stage: 'pdf: laid out' });
    expect(parseMark('juesuan：文件 a.pdf 无法读取')).toBeNull();
    expect(parseMark('juesuan-trace soon pdf: laid out')).toBeNull();
  });
});
