import { threadId } from 'node:worker_threads';
import { JuesuanError } from '../errors.js';
import { extendDeadline } from './deadline.js';
import type { LayoutDocument } from '../model/layout.js';
import { loc } from '../model/loc.js';

/** A job for testing the bounded worker itself: behaves as its input text says. */
export async function parse(bytes: Uint8Array, file: string, params?: unknown): Promise<LayoutDocument> {
  const input = new TextDecoder().decode(bytes);
  // 'thread' answers with the worker's thread id: tests see whether a worker was reused; 'params'
  // answers with the params it was sent.
  const text = input === 'thread' ? `thread ${threadId}` : input === 'params' ? JSON.stringify(params) : input;
  if (input === 'thread' && params === 'wait') await new Promise((r) => setTimeout(r, 300));
  if (text === 'slow') {
    // Runs twice past the 2 s the test allows, after asking for 6 s more: the margin absorbs a busy
    // machine delivering the request late.
    extendDeadline(6000);
    await new Promise((r) => setTimeout(r, 4000));
  }
  if (text === 'hang') await new Promise(() => setInterval(() => {}, 1000));
  if (text === 'oom') {
    const hog: string[][] = [];
    for (;;) hog.push(new Array(1e6).fill('x'.repeat(8) + hog.length));
  }
  if (text === 'bad') throw new JuesuanError('CORRUPT_FILE', `文件 ${file} 已损坏（测试）。`);
  return { file, format: 'text', blocks: [{ kind: 'paragraph', text, heading: null, location: loc(file, text, { line: 1 }) }], notes: [] };
}
