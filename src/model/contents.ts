import type { Disclosure } from './disclosure.js';
import { TABLE_IDS, type TableId } from './tables.js';

/**
 * What a document declares it contains, from its own contents list (目录). A disclosure in another
 * standard form (a central department's, a university's) is checked against what it declares,
 * never against the local nine tables and fifteen sections.
 */

/** Standard tables the contents list names (empty: no contents list, or one that names no table). */
export function declaredTables(doc: Disclosure): TableId[] {
  const contents = doc.facts.contents ?? [];
  return TABLE_IDS.filter((id) => contents.some((c) => c.table === id));
}

/** Does the contents list name the tables one by one (so that a table it omits is not expected)? */
export function contentsListsTables(doc: Disclosure): boolean {
  return (doc.facts.contents ?? []).filter((c) => /表$|表[（(]/.test(c.text) && !/^第.部分/.test(c.text)).length >= 2;
}

/** Known sections the contents list names; null when it does not list the explanation's sections. */
export function declaredSections(doc: Disclosure): Set<string> | null {
  const keys = (doc.facts.contents ?? []).map((c) => c.section).filter((k): k is string => k != null);
  // Only a contents list that goes down to the explanation's own sections says which it has.
  if (keys.filter((k) => k.startsWith('explain.')).length < 2) return null;
  return new Set(keys);
}

/**
 * A form clearly other than the local nine tables: a university's or a central department's, told by
 * the title, or tables printed under titles that are not among the nine (项目支出决算表 …).
 */
export function otherForm(doc: Disclosure): boolean {
  const title = `${doc.facts.title ?? ''}${doc.facts.department ?? ''}`;
  if (/大学|学院|学校|中央|国家/.test(title)) return true;
  const contents = doc.facts.contents ?? [];
  return contents.some((c) => /决算(明细)?表$/.test(c.text) && c.table == null);
}

/**
 * Why a part not found may still be published: the web page links attachments (附件), where a
 * disclosure's tables, glossary or whole text often are. Null when nothing says so.
 */
export function mayBeAttached(doc: Disclosure): string | null {
  const a = doc.coverage.attachments ?? [];
  return a.length ? `网页附有附件（${a.slice(0, 3).join('、')}${a.length > 3 ? '等' : ''}），可能在附件中` : null;
}
