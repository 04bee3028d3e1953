// `jobs` checker processes (child.ts), each given one text at a time: the two cores check two
// variants at once. Texts are sent over IPC, so no variant is written to disk.
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { CheckReply, CheckRequest } from './child.js';
import type { Slim } from './classify.js';

/** Checks a text as the file `file` would be checked; rejects with the checker's message when it throws. */
export type Check = (file: string, text: string) => Promise<Slim[]>;

/** A pool of `jobs` checker processes, and its `close`. */
export function checkerPool(jobs: number): { check: Check; close: () => void } {
  const children: ChildProcess[] = [];
  const idle: ChildProcess[] = [];
  const queue: { req: CheckRequest; done: (r: CheckReply) => void }[] = [];
  const pending = new Map<number, (r: CheckReply) => void>();
  let next = 0;

  const dispatch = () => {
    while (idle.length && queue.length) {
      const child = idle.pop()!;
      const { req, done } = queue.shift()!;
      pending.set(req.id, (r) => {
        idle.push(child);
        done(r);
        dispatch();
      });
      child.send(req);
    }
  };
  for (let i = 0; i < jobs; i++) {
    const child = fork(join(import.meta.dirname, 'child.ts'), [], { execArgv: ['--import', 'tsx'], serialization: 'advanced' });
    children.push(child);
    child.on('message', (m: CheckReply | { ready: true }) => {
      if ('ready' in m) {
        idle.push(child);
        dispatch();
        return;
      }
      const done = pending.get(m.id);
      pending.delete(m.id);
      done?.(m);
    });
    // A checker that dies is a fault of the measurement itself: stop rather than report half a run.
    child.on('exit', (code, signal) => {
      if (code !== 0 && signal !== 'SIGTERM') throw new Error(`checker process exited (${code ?? signal})`);
    });
  }
  const check: Check = (file, text) =>
    new Promise((resolve, reject) => {
      queue.push({ req: { id: next++, file, text }, done: (r) => ('failed' in r ? reject(new Error(r.failed)) : resolve(r.findings)) });
      dispatch();
    });
  return { check, close: () => children.forEach((c) => c.kill('SIGTERM')) };
}
