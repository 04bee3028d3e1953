import { JuesuanError } from '../errors.js';
import type { LayoutDocument } from '../model/layout.js';
import { loc } from '../model/location.js';

/** A job for testing the bounded worker itself: behaves as its input text says. */
export async function parse(bytes: Uint8Array, file: string): Promise<LayoutDocument> {
  const text = new TextDecoder().decode(bytes);
  if (text === 'hang') await new Promise(() => setInterval(() => {}, 1000));
  if (text === 'oom') {
    const hog: string[][] = [];
    for (;;) hog.push(new Array(1e6).fill('x'.repeat(8) + hog.length));
  }
  if (text === 'bad') throw new JuesuanError('CORRUPT_FILE', `文件 ${file} 已损坏（测试）。`);
  return { file, format: 'text', blocks: [{ kind: 'paragraph', text, heading: null, location: loc(file, text, { line: 1 }) }], notes: [] };
}
