import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawJsText, runFuzz } from './fuzz/harness.js';

/*
 * A small seeded fuzz run (npm run fuzz runs longer ones): every mutated file of every format ends in
 * findings or in a JuesuanError with the project's own Chinese message — no crash, no hang, no raw
 * JavaScript text, memory bounded. Failures leave reproducers in test/artifacts/fuzz.
 */
describe('fuzzed input', () => {
  it('60 mutated files of every format each get findings or a Chinese message', async () => {
    const s = await runFuzz({ n: 60, seed: 20261202, artifacts: join(import.meta.dirname, 'artifacts', 'fuzz') });
    expect(s.failures.map((f) => `${f.outcome} ${f.name}: ${f.mutation}: ${f.message.slice(0, 200)}`)).toEqual([]);
    expect(s.results).toHaveLength(60);
    // Both outcomes occur: the mutations neither all break the files nor all leave them readable.
    expect(s.counts.findings).toBeGreaterThan(0);
    expect(s.counts.error).toBeGreaterThan(0);
    expect(s.peakRss).not.toBeNull();
  }, 900_000);

  it('tells raw JavaScript text from the project\'s own messages', () => {
    expect(rawJsText("无法读取 XLS 文件 a.xls：Cannot set properties of undefined (setting 'name')。", 'a.xls')).not.toBeNull();
    expect(rawJsText('PDF 文件 a.pdf 无法打开：文件结构无效（Invalid PDF structure.）。', 'a.pdf')).not.toBeNull();
    expect(rawJsText('a b.docx 中的 word/document.xml 不是格式正确的 XML（标签的开始与结束不匹配）。请用 Word 打开', 'a b.docx')).toBeNull();
  });
});
