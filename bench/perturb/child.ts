// A checker process of `npm run perturb` (pool.ts): checks one text per message through the library
// API and answers with its findings as the measure keeps them. A process per core, as a text's check
// runs on the thread that asks for it.
import { checkBytes } from '../../src/check.js';
import { type Slim, slim } from './classify.js';

export interface CheckRequest {
  id: number;
  file: string;
  text: string;
}
export type CheckReply = { id: number; findings: Slim[] } | { id: number; failed: string };

process.on('message', (req: CheckRequest) => {
  void checkBytes(req.file, new TextEncoder().encode(req.text)).then(
    (r) => process.send?.({ id: req.id, findings: r.findings.map(slim) } satisfies CheckReply),
    (e: unknown) => process.send?.({ id: req.id, failed: e instanceof Error ? e.message : String(e) } satisfies CheckReply),
  );
});
// The pool gone (ended or killed): nothing left to answer.
process.on('disconnect', () => process.exit(0));
process.send?.({ ready: true });
