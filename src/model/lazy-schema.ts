/**
 * A zod schema made when it is first used rather than when its module loads. `juesuan check` never
 * validates with the model's schemas (they serve `extract`, the tests, the compose input and the
 * workbench's stored summaries), yet building the thirty of them, nested, at load was about a tenth
 * of starting a check, with V8's compiled code of zod that the code cache then had to hold (see
 * README, Start-up). The stand-in forwards every use to the schema, made once by `make`; a schema
 * built from others takes them as they are (the stand-ins), so that nothing is built before it is needed.
 */
export function lazySchema<T extends object>(make: () => T): T {
  let made: T | undefined;
  const schema = (): T => (made ??= make());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(schema(), key),
    set: (_, key, value) => Reflect.set(schema(), key, value),
    has: (_, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    // Reported configurable: the stand-in itself holds none of the schema's properties.
    getOwnPropertyDescriptor: (_, key) => {
      const d = Reflect.getOwnPropertyDescriptor(schema(), key);
      return d && { ...d, configurable: true };
    },
    defineProperty: (_, key, d) => Reflect.defineProperty(schema(), key, d),
    deleteProperty: (_, key) => Reflect.deleteProperty(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}
