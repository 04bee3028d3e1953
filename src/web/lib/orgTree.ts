import type { Org } from '../types.js';

export interface OrgNode {
  value: number;
  title: string;
  key: number;
  children: OrgNode[];
}

/** Regions, departments and units as a tree (the API sends a flat list linked by parentId). */
export function orgTree(orgs: Org[]): OrgNode[] {
  const nodes = new Map<number, OrgNode>(orgs.map((o) => [o.id, { value: o.id, key: o.id, title: o.name, children: [] }]));
  const roots: OrgNode[] = [];
  for (const o of orgs) {
    const node = nodes.get(o.id);
    if (!node) continue;
    const parent = o.parentId === null ? undefined : nodes.get(o.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
