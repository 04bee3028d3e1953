import type { Location } from './location.js';

// Apart from location.ts so that the parse workers, which build locations but never validate them,
// do not load zod (a hundred modules) for it: the import above is of types only.

/** Builds a location with defaults filled in. */
export function loc(file: string, text: string, at: Partial<Omit<Location, 'file' | 'text'>> = {}): Location {
  return { file, text, page: at.page ?? null, line: at.line ?? null, cell: at.cell ?? null };
}
