// For the CLI's one-file build (scripts/bundle-cli.ts): each rule's own examples, its `cases`, made a
// getter, so that they are built when read rather than when the rule's module loads.
// The examples (document fragments, a pass and a fail for each rule) are read only by `juesuan rules`
// (the catalog prints them), the tests and the docs; a `check` never reads them, yet built them all
// at load: every fragment assembled, swapped and joined, in every process (~5 ms and ~0.5 MB of
// short-lived strings of a text file's check). dist/ is left as tsc wrote it; only the script changes.
import ts from 'typescript';

/**
 * `source` (a compiled module of dist/rules/) with every `cases: <expression>` of an object literal
 * written `get cases() { return <expression>; }`. The expression's own text is kept, character for
 * character; only when it is evaluated changes (at each read, so each read gets new objects; no
 * code changes them). A `cases` written as a shorthand (`{ cases }`, a value already made) is left.
 */
export function lazyCases(source: string, file: string): string {
  if (!source.includes('cases')) return source;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'cases' && ts.isObjectLiteralExpression(node.parent)) {
      const value = source.slice(node.initializer.getStart(sf), node.initializer.end);
      edits.push({ start: node.getStart(sf), end: node.end, text: `get cases() { return ${value}; }` });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let out = source;
  for (const e of edits.reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
