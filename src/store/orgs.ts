import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from './db.js';
import { orgs } from './schema.js';

export type OrgRow = typeof orgs.$inferSelect;

/** One line of an organisation list: region → department → unit (unit may be empty). */
export interface OrgLine {
  region: string;
  department: string;
  unit?: string | null;
  code?: string | null;
}

export async function listOrgs(db: Db): Promise<OrgRow[]> {
  return db.select().from(orgs).orderBy(orgs.id);
}

/** Adds the lines' regions, departments and units that are not there yet; returns how many were created. */
export async function importOrgLines(db: Db, lines: readonly OrgLine[]): Promise<number> {
  let created = 0;
  const ensure = async (parentId: number | null, kind: OrgRow['kind'], name: string, code: string | null): Promise<number> => {
    const where = and(parentId == null ? isNull(orgs.parentId) : eq(orgs.parentId, parentId), eq(orgs.name, name));
    const [found] = await db.select().from(orgs).where(where);
    if (found) return found.id;
    const [row] = await db.insert(orgs).values({ parentId, kind, name, code }).returning();
    created++;
    return (row as OrgRow).id;
  };
  for (const l of lines) {
    const region = await ensure(null, 'region', l.region.trim(), null);
    const department = await ensure(region, 'department', l.department.trim(), l.unit ? null : (l.code ?? null));
    if (l.unit?.trim()) await ensure(department, 'unit', l.unit.trim(), l.code ?? null);
  }
  return created;
}

/** The ids of an organisation and everything under it. */
export function subtree(all: readonly OrgRow[], rootId: number): number[] {
  const out = [rootId];
  for (let i = 0; i < out.length; i++) for (const o of all) if (o.parentId === out[i]) out.push(o.id);
  return out;
}

/** The department an organisation belongs to (itself, or a unit's parent), for naming documents. */
export function departmentOf(all: readonly OrgRow[], id: number): OrgRow | null {
  let o = all.find((x) => x.id === id) ?? null;
  while (o && o.kind === 'unit') o = all.find((x) => x.id === o?.parentId) ?? null;
  return o?.kind === 'department' ? o : null;
}

const squash = (s: string) => s.replace(/[\s（）()]/g, '');

/**
 * The organisation a document's facts name: a unit or department whose name the document's
 * department equals (ignoring spaces and brackets), preferring one under the named region. Null when
 * no name matches or several do and the region does not decide: a wrong match would show a
 * department another's document.
 */
export function matchOrg(all: readonly OrgRow[], facts: { region: string | null; department: string | null }): OrgRow | null {
  if (!facts.department) return null;
  const name = squash(facts.department);
  const candidates = all.filter((o) => o.kind !== 'region' && squash(o.name) === name);
  if (candidates.length <= 1) return candidates[0] ?? null;
  const regionOf = (o: OrgRow): OrgRow | undefined => {
    let r: OrgRow | undefined = o;
    while (r && r.kind !== 'region') r = all.find((x) => x.id === r?.parentId);
    return r;
  };
  const inRegion = facts.region ? candidates.filter((o) => squash(regionOf(o)?.name ?? '').includes(squash(facts.region as string))) : [];
  return inRegion.length === 1 ? (inRegion[0] as OrgRow) : null;
}
