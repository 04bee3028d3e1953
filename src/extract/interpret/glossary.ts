import type { GlossaryEntry } from '../../model/disclosure.js';
import type { InterpretContext } from './context.js';

/** Reads the glossary (名词解释) entries (stub). */
export function readGlossary(_ctx: InterpretContext): GlossaryEntry[] {
  return [];
}
