import { type OrgRow, subtree } from './orgs.js';
import type { UserRow } from './users.js';

/**
 * What a user may see: the organisations whose documents they may open (null: all), and whether
 * documents not yet matched to any organisation are among them. An officer sees their department,
 * a reviewer their region (or everything when bound to none), an admin everything.
 */
export interface Scope {
  orgIds: number[] | null;
  unassigned: boolean;
}

export function scopeOf(user: UserRow, all: readonly OrgRow[]): Scope {
  if (user.role === 'admin') return { orgIds: null, unassigned: true };
  if (user.orgId == null) return user.role === 'reviewer' ? { orgIds: null, unassigned: true } : { orgIds: [], unassigned: false };
  return { orgIds: subtree(all, user.orgId), unassigned: false };
}

/** May the scope see a document belonging to this organisation (null: not matched yet)? */
export function inScope(scope: Scope, orgId: number | null): boolean {
  if (orgId == null) return scope.unassigned;
  return scope.orgIds == null || scope.orgIds.includes(orgId);
}
