import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, ne, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { hashPassword, randomPassword, verifyPassword } from './passwords.js';
import { sessions, users } from './schema.js';

export type Role = 'admin' | 'reviewer' | 'officer';
export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  orgId: number | null;
}

const SESSION_HOURS = 12;

const publicUser = (u: typeof users.$inferSelect): UserRow => ({ id: u.id, username: u.username, displayName: u.displayName, role: u.role, orgId: u.orgId });

/** Creates a user; the caller has checked the name is free (a clash raises the database's unique error). */
export async function createUser(db: Db, input: { username: string; displayName: string; password: string; role: Role; orgId: number | null }): Promise<UserRow> {
  const [row] = await db
    .insert(users)
    .values({ username: input.username, displayName: input.displayName, role: input.role, orgId: input.orgId, passwordHash: await hashPassword(input.password) })
    .returning();
  return publicUser(row as typeof users.$inferSelect);
}

export async function findUserByName(db: Db, username: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row ? publicUser(row) : null;
}

export async function listUsers(db: Db): Promise<UserRow[]> {
  return (await db.select().from(users).orderBy(users.id)).map(publicUser);
}

/**
 * The first start has no user: creates the admin with a random password and returns it, to be shown
 * once. There is no default password; JUESUAN_ADMIN_PASSWORD may choose it (tests, scripted installs).
 */
export async function ensureFirstAdmin(db: Db, chosen?: string): Promise<{ username: string; password: string } | null> {
  const [{ count } = { count: 0 }] = await db.select({ count: sql<number>`count(*)::int` }).from(users);
  if (count > 0) return null;
  const password = chosen || randomPassword();
  await createUser(db, { username: 'admin', displayName: '系统管理员', password, role: 'admin', orgId: null });
  return { username: 'admin', password };
}

/** Checks a name and password; null when either is wrong (the caller does not say which). */
export async function authenticate(db: Db, username: string, password: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  // Hash anyway when the user does not exist, so timing does not tell which names exist.
  const ok = await verifyPassword(password, row?.passwordHash ?? 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=');
  return row && ok ? publicUser(row) : null;
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Opens a session: the token goes into the cookie, only its hash into the database. */
export async function openSession(db: Db, userId: number): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await db.insert(sessions).values({ tokenHash: tokenHash(token), userId, csrfToken, expiresAt });
  return { token, csrfToken, expiresAt };
}

/** The user and CSRF token of a live session, or null. */
export async function sessionUser(db: Db, token: string): Promise<{ user: UserRow; csrfToken: string } | null> {
  const [row] = await db
    .select({ user: users, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash(token)), gt(sessions.expiresAt, new Date())));
  return row ? { user: publicUser(row.user), csrfToken: row.csrfToken } : null;
}

/**
 * Sets a user's password. `keepToken`: the session that made the change stays open; every other
 * session of the user is closed (a changed password locks out whoever knew the old one).
 */
export async function setPassword(db: Db, userId: number, password: string, keepToken?: string): Promise<void> {
  await db.update(users).set({ passwordHash: await hashPassword(password) }).where(eq(users.id, userId));
  const keep = keepToken ? tokenHash(keepToken) : null;
  await db.delete(sessions).where(keep ? and(eq(sessions.userId, userId), ne(sessions.tokenHash, keep)) : eq(sessions.userId, userId));
}

/** Does the user's current password match? */
export async function passwordMatches(db: Db, userId: number, password: string): Promise<boolean> {
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return row ? verifyPassword(password, row.hash) : false;
}

export async function closeSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash(token)));
}
