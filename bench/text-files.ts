// The text documents a measure reads (npm run perturb, npm run reword): .txt and .md files, decoded as
// the checker decodes them.
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** Text of a file: UTF-8, else GB18030 (pages saved by Chinese software); the checker reads either. */
export function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** The .txt/.md files under `dir` (recursively, or only at its top), READMEs and hidden files left out. */
export async function textFiles(dir: string, recursive: boolean): Promise<string[]> {
  const names = (await readdir(dir, { recursive })) as string[];
  return names
    .filter((n) => /\.(txt|md)$/i.test(n) && !/^readme/i.test(basename(n)) && !n.split(/[\\/]/).some((p) => p.startsWith('.')))
    .map((n) => join(dir, n))
    .sort();
}
