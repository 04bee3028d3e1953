import economic from './data/economic-classification.json' with { type: 'json' };
import functional from './data/function-classification.json' with { type: 'json' };

/**
 * The classification catalogs as data: 支出功能分类 (类 3 digits / 款 5 / 项 7) and 部门预算支出经济分类
 * (类 3 / 款 5). Names and codes in a document are checked against them; definitions feed the
 * glossary rules and, later, composition.
 */
export interface CatalogItem {
  code: string;
  name: string;
  level: 'class' | 'kuan' | 'xiang';
  definition: string | null;
  /** Earlier or regional names accepted as the same item. */
  aliases: string[];
  /** First and last fiscal year the item exists in, when known. */
  since: number | null;
  until: number | null;
}

interface CatalogFile {
  source: string;
  /** Fiscal years whose official 科目 the data was checked against (see README). */
  editions?: number[];
  /** Parents some of whose children are known to be missing from the data (see README, Known gaps). */
  partialChildren?: string[];
  /** Names a 科目 had until a year (210 was 医疗卫生与计划生育支出 until 2018): a later document that uses one is out of date. */
  formerNames?: { code: string; name: string; until: number }[];
  items: { code: string; name: string; definition?: string | null; aliases?: string[]; since?: number; until?: number }[];
}

function levelOf(code: string): CatalogItem['level'] {
  return code.length <= 3 ? 'class' : code.length <= 5 ? 'kuan' : 'xiang';
}

/** Strips level markers and spacing: "卫生健康（类）" → "卫生健康", "社会保障和就业支出(类)" → "社会保障和就业支出". */
export function normalizeItemName(name: string): string {
  return name
    .replace(/[（(]\s*(类|款|项)\s*[)）]/g, '')
    .replace(/[\s　]/g, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[“”"]/g, '');
}

/** True when two item names denote the same item, allowing the common omission of a trailing 支出 in 类 names. */
export function sameItemName(a: string, b: string): boolean {
  const x = normalizeItemName(a);
  const y = normalizeItemName(b);
  if (x === y) return true;
  return x.replace(/支出$/, '') === y.replace(/支出$/, '');
}

/** The form in which sameItemName compares: two names are the same item when their keys are equal. */
function nameKey(name: string): string {
  return normalizeItemName(name).replace(/支出$/, '');
}

const NO_CHILDREN: CatalogItem[] = [];

export class Catalog {
  readonly functionSource: string;
  readonly economicSource: string;
  private readonly fn = new Map<string, CatalogItem>();
  private readonly ec = new Map<string, CatalogItem>();
  // Lookups run for every clause of every document: keep them O(1) after the first call.
  private classesCache: CatalogItem[] | null = null;
  private classesByOwnName: CatalogItem[] | null = null;
  private readonly childrenCache = new Map<string, CatalogItem[]>();
  private children: Map<string, CatalogItem[]> | null = null;
  private readonly partial: Set<string>;
  // resolvePath tries every 类 for every printed path: each item's name keys are made once.
  private readonly keysCache = new WeakMap<CatalogItem, string[]>();

  /** The fiscal year this edition is for; null: every item whatever its years. */
  readonly year: number | null;
  /** Fiscal years the data was checked against. */
  readonly editions: readonly number[];
  private readonly editionsByYear = new Map<number, Catalog>();

  constructor(
    private readonly fnFile: CatalogFile,
    private readonly ecFile: CatalogFile,
    year: number | null = null,
  ) {
    this.functionSource = fnFile.source;
    this.economicSource = ecFile.source;
    this.year = year;
    this.editions = [...new Set([...(fnFile.editions ?? []), ...(ecFile.editions ?? [])])].sort();
    this.partial = new Set(fnFile.partialChildren ?? []);
    const inYear = (i: CatalogFile['items'][number]) => year == null || ((i.since == null || i.since <= year) && (i.until == null || year <= i.until));
    for (const i of fnFile.items) if (inYear(i)) this.fn.set(i.code, toItem(i));
    // A name an item had until a year is its name in the editions up to that year (医疗卫生与计划生育支出 for a
    // 2016 account's 210).
    // (The item may be listed only from the year it took its present name: 210 卫生健康支出 since 2019.)
    for (const f of fnFile.formerNames ?? []) {
      if (year == null || year > f.until) continue;
      const now = this.fn.get(f.code);
      const base = now ?? (() => { const i = fnFile.items.find((x) => x.code === f.code); return i ? toItem(i) : undefined; })();
      if (base) this.fn.set(f.code, now ? { ...now, aliases: [...now.aliases, f.name] } : { ...base, name: f.name });
    }
    for (const i of ecFile.items) if (inYear(i)) this.ec.set(i.code, toItem(i));
  }

  /**
   * The edition for a document's fiscal year: the items that exist in that year (since/until). Codes
   * and names change between years (2025 added 款 for 超长期特别国债 under several 类); for a year the
   * data was not checked against, nothing missing from it or named otherwise may be called wrong.
   */
  forYear(year: number | null): Catalog {
    if (year == null || year === this.year) return this;
    let c = this.editionsByYear.get(year);
    if (!c) {
      c = new Catalog(this.fnFile, this.ecFile, year);
      this.editionsByYear.set(year, c);
    }
    return c;
  }

  /** Was the data checked against this edition's year? Only then is a code or name missing from it wrong. */
  get covered(): boolean {
    return this.year == null || this.editions.includes(this.year);
  }

  /** How messages name the catalog when it may not match the document's year ("本工具的2024年版科目目录"). */
  get uncoveredNote(): string | null {
    if (this.covered) return null;
    return `本工具的科目目录按${this.editions.join('、')}年版核对过，文件年度为${this.year}年，该年的科目可能有增改`;
  }

  functionItem(code: string): CatalogItem | undefined {
    return this.fn.get(code);
  }

  economicItem(code: string): CatalogItem | undefined {
    return this.ec.get(code);
  }

  /** Direct children of a function-classification code (类 → 款, 款 → 项). */
  functionChildren(code: string): CatalogItem[] {
    if (code.length === 3 || code.length === 5) return this.childrenByParent().get(code) ?? NO_CHILDREN;
    let hit = this.childrenCache.get(code);
    if (!hit) {
      hit = [...this.fn.values()].filter((i) => i.code.length === 7 && i.code.startsWith(code));
      this.childrenCache.set(code, hit);
    }
    return hit;
  }

  /**
   * The 款 of every 类 and the 项 of every 款, in the catalog's order, made in one pass over the items
   * the first time any is asked for: looking them up one 类 or 款 at a time went through all the items
   * for each, a few milliseconds of every check.
   */
  private childrenByParent(): Map<string, CatalogItem[]> {
    if (!this.children) {
      this.children = new Map();
      for (const i of this.fn.values()) {
        if (i.code.length !== 5 && i.code.length !== 7) continue;
        const parent = i.code.slice(0, i.code.length - 2);
        const list = this.children.get(parent);
        if (list) list.push(i);
        else this.children.set(parent, [i]);
      }
    }
    return this.children;
  }

  /**
   * How far the catalog knows the children of a function code (null: the 类 themselves). Only where
   * it knows them all may a name or code missing from it be called wrong; the data is a selection.
   */
  childrenKnown(code: string | null): 'all' | 'some' | 'none' {
    if (code != null && !this.functionChildren(code).length) return 'none';
    // An edition the data was not checked against may have items the data lacks.
    if (!this.covered) return 'some';
    if (code == null) return 'all';
    return this.partial.has(code) ? 'some' : 'all';
  }

  functionClasses(): CatalogItem[] {
    this.classesCache ??= [...this.fn.values()].filter((i) => i.level === 'class');
    return this.classesCache;
  }

  get functionItems(): CatalogItem[] {
    return [...this.fn.values()];
  }

  get economicItems(): CatalogItem[] {
    return [...this.ec.values()];
  }

  /** Does the printed name fit the catalog item (official name or an accepted alias)? */
  nameMatches(item: CatalogItem, printed: string): boolean {
    return this.keysOf(item).includes(nameKey(printed));
  }

  private keysOf(item: CatalogItem): string[] {
    let keys = this.keysCache.get(item);
    if (!keys) {
      keys = [item.name, ...item.aliases].map(nameKey);
      this.keysCache.set(item, keys);
    }
    return keys;
  }

  /**
   * Resolves a 类/款/项 name path (["卫生健康", "医疗保障管理事务", "行政运行"]) to catalog items,
   * level by level. Stops at the first level that does not resolve; `resolved` has what did.
   */
  resolvePath(names: readonly string[]): { resolved: CatalogItem[]; failedAt: number | null } {
    return this.resolveKeys(this.functionClasses(), names.map((n) => nameKey(n ?? '')), [], 0);
  }

  /**
   * `resolvePath([c.name, ...names])` for every 类 c, in the catalog's order: which classes hold a path
   * printed without its 类. The names' keys are made once, and each class's own name resolved once
   * per catalog, not once a class and a path (a document asks for a dozen paths, 25 classes each).
   */
  resolveUnderEachClass(names: readonly string[]): { resolved: CatalogItem[]; failedAt: number | null }[] {
    const keys = names.map((n) => nameKey(n ?? ''));
    // (A class resolves by its own name to the first class of that name: itself, unless two share it.)
    this.classesByOwnName ??= this.functionClasses().map((c) => this.resolvePath([c.name]).resolved[0] as CatalogItem);
    return this.classesByOwnName.map((root) => this.resolveKeys(this.functionChildren(root.code), keys, [root], 1));
  }

  /** The path of name keys resolved level by level from `candidates`, after the `resolved` levels above it (`depth` of them). */
  private resolveKeys(candidates: CatalogItem[], keys: readonly string[], resolved: CatalogItem[], depth: number): { resolved: CatalogItem[]; failedAt: number | null } {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const hit = candidates.find((c) => this.keysOf(c).includes(key));
      if (!hit) return { resolved, failedAt: depth + i };
      resolved.push(hit);
      candidates = this.functionChildren(hit.code);
    }
    return { resolved, failedAt: null };
  }

  /**
   * This catalog with the function items a document's own tables print (code and name) that the
   * data lacks: the built-in data is a selection, and a sentence naming an item the tables list
   * ("其他环境保护管理事务支出（项）") must still resolve to its code. Only for reading a document:
   * rules judge names against the official data, never against the document itself.
   */
  withDocumentItems(items: readonly { code: string; name: string }[]): Catalog {
    const extra = items.filter((i) => /^\d{3}(\d{2}){0,2}$/.test(i.code) && i.name.trim() && !this.fn.has(i.code));
    if (!extra.length) return this;
    const seen = new Set<string>();
    const add = extra.filter((i) => !seen.has(i.code) && seen.add(i.code)).map((i) => ({ code: i.code, name: normalizeItemName(i.name) }));
    return new Catalog({ ...this.fnFile, items: [...this.fnFile.items, ...add] }, this.ecFile, this.year);
  }

  /**
   * The former name a printed name is (医疗卫生与计划生育 for 210 until 2018), when this edition's year is
   * after it was renamed, with the item's name now; undefined otherwise.
   */
  formerName(printed: string): { code: string; name: string; until: number; now: string } | undefined {
    if (this.year == null) return undefined;
    const key = nameKey(printed);
    const f = (this.fnFile.formerNames ?? []).find((x) => nameKey(x.name) === key && x.until < (this.year as number));
    const now = f && this.fn.get(f.code);
    return f && now ? { ...f, now: now.name } : undefined;
  }

  /** The former names the data knows, for finding them in a text. */
  get formerNames(): readonly { code: string; name: string; until: number }[] {
    return this.fnFile.formerNames ?? [];
  }

  /** The function items of a level printed with this name: a bare 项 name may fit many. */
  itemsByName(name: string, level: CatalogItem['level']): CatalogItem[] {
    const key = nameKey(name);
    return [...this.fn.values()].filter((i) => i.level === level && this.keysOf(i).includes(key));
  }

  /** Finds a 类 by name (e.g. the expense rows of table 01, which print names without codes). */
  classByName(name: string): CatalogItem | undefined {
    const key = nameKey(name);
    return this.functionClasses().find((c) => this.keysOf(c).includes(key));
  }
}

function toItem(i: CatalogFile['items'][number]): CatalogItem {
  return {
    code: i.code,
    name: i.name,
    level: levelOf(i.code),
    definition: i.definition ?? null,
    aliases: i.aliases ?? [],
    since: i.since ?? null,
    until: i.until ?? null,
  };
}

let shared: Catalog | undefined;

/** The built-in catalog (loaded once). */
export function defaultCatalog(): Catalog {
  shared ??= new Catalog(functional as CatalogFile, economic as CatalogFile);
  return shared;
}
