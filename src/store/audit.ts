import { desc, eq } from 'drizzle-orm';
import type { Db } from './db.js';
import { audit, users } from './schema.js';

/** Records who did what to which target; written in the same transaction as the act itself. */
export async function recordAudit(db: Db, userId: number | null, action: string, target: string | null, detail: unknown = null): Promise<void> {
  await db.insert(audit).values({ userId, action, target, detail });
}

export async function listAudit(db: Db, limit = 500) {
  const rows = await db
    .select({ id: audit.id, at: audit.at, user: users.username, action: audit.action, target: audit.target, detail: audit.detail })
    .from(audit)
    .leftJoin(users, eq(users.id, audit.userId))
    .orderBy(desc(audit.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}
