import type { Disclosure } from './disclosure.js';

/**
 * `query` answered once per document: the answer is kept, keyed by the document object, for the
 * other rules that ask it again (a disclosure is not changed once interpreted; a changed copy is a
 * new object and is asked anew). The answer is shared: callers must not change it.
 */
export function perDocument<T>(query: (doc: Disclosure) => T): (doc: Disclosure) => T {
  const answers = new WeakMap<Disclosure, T>();
  return (doc) => {
    if (answers.has(doc)) return answers.get(doc) as T;
    const answer = query(doc);
    answers.set(doc, answer);
    return answer;
  };
}
