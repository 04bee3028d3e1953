import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lazySchema } from './lazy-schema.js';

describe('a schema made on first use', () => {
  it('is not made until used, then made once', () => {
    let made = 0;
    const S = lazySchema(() => {
      made++;
      return z.object({ a: z.number() });
    });
    expect(made).toBe(0);
    expect(S.parse({ a: 1 })).toEqual({ a: 1 });
    expect(S.safeParse({ a: 'x' }).success).toBe(false);
    expect(made).toBe(1);
  });

  it('validates as the schema does when built into others, with defaults and optional parts', () => {
    const Inner = lazySchema(() => z.object({ n: z.number().nullable().default(null) }));
    const Outer = lazySchema(() => z.object({ inner: Inner, list: z.array(Inner), maybe: Inner.optional() }));
    expect(Outer.parse({ inner: {}, list: [{ n: 2 }] })).toEqual({ inner: { n: null }, list: [{ n: 2 }] });
    expect(() => Outer.parse({ inner: { n: 'x' }, list: [] })).toThrow();
    expect(Outer instanceof z.ZodObject).toBe(true);
    expect(Object.keys(Outer.shape)).toEqual(['inner', 'list', 'maybe']);
  });

  it('gives the same JSON schema as the schema itself', () => {
    const make = () => z.object({ a: z.string().describe('甲'), b: z.enum(['x', 'y']).optional() });
    expect(z.toJSONSchema(lazySchema(make))).toEqual(z.toJSONSchema(make()));
  });
});
