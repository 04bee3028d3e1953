import { describe, expect, it } from 'vitest';
import { codePoints } from './code-points.js';

describe('codePoints', () => {
  it('counts as the spread of the string does: a surrogate pair once, a lone surrogate once', () => {
    for (const s of ['', 'abc', '决算公开', '\ud83d\ude00x', '\ud83d', '\ude00\ud83d', 'a\ud83d\ud83d\ude00', '\ud83d\ude00\ude00']) expect(codePoints(s)).toBe([...s].length);
  });
});
