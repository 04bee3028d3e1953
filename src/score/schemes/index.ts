import type { Scheme } from '../scheme.js';
import { deviation } from './deviation.js';
import { national } from './national.js';

/** Every known scheme, the national baseline first (it wins ties in inference). */
export const SCHEMES: readonly Scheme[] = [national, deviation];

export function schemeById(id: string): Scheme | undefined {
  return SCHEMES.find((s) => s.id === id);
}
