import { sql } from 'drizzle-orm';
import { bigint, customType, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

// The workbench's tables. Migrations under migrations/ are generated from this file by drizzle-kit
// (`npm run db:generate`) and applied by the same code on PGlite and on a PostgreSQL server.

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

export const orgs = pgTable(
  'orgs',
  {
    id: serial('id').primaryKey(),
    parentId: integer('parent_id'),
    kind: text('kind', { enum: ['region', 'department', 'unit'] }).notNull(),
    name: text('name').notNull(),
    code: text('code'),
  },
  (t) => [uniqueIndex('orgs_parent_name').on(sql`coalesce(${t.parentId}, 0)`, t.name)],
);

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['admin', 'reviewer', 'officer'] }).notNull(),
  orgId: integer('org_id').references(() => orgs.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const sessions = pgTable('sessions', {
  /** sha256 of the cookie's token: a stolen database does not give live sessions. */
  tokenHash: text('token_hash').primaryKey(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/** Uploaded bytes, stored once per content hash: duplicates are found by the hash. */
export const files = pgTable('files', {
  sha256: text('sha256').primaryKey(),
  size: bigint('size', { mode: 'number' }).notNull(),
  bytes: bytea('bytes').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const documents = pgTable(
  'documents',
  {
    id: serial('id').primaryKey(),
    sha256: text('sha256')
      .notNull()
      .unique()
      .references(() => files.sha256),
    fileName: text('file_name').notNull(),
    format: text('format').notNull(),
    status: text('status', { enum: ['queued', 'checking', 'checked', 'failed'] }).notNull().default('queued'),
    error: text('error'),
    title: text('title'),
    region: text('region'),
    department: text('department'),
    unit: text('unit'),
    year: integer('year'),
    orgId: integer('org_id').references(() => orgs.id),
    /** Which facts a person corrected: a re-check never overwrites them. */
    corrected: jsonb('corrected').$type<string[]>().notNull().default([]),
    uploadedBy: integer('uploaded_by').references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    checkedAt: timestamp('checked_at', { withTimezone: true }),
    /** How many times a check's results were written: the queue may run a job twice, the store writes once. */
    checkWrites: integer('check_writes').notNull().default(0),
    coverage: jsonb('coverage'),
    /** The document's text lines as read (page, line, text), for review of non-PDF documents. */
    lines: jsonb('lines'),
    /** The model's tables (for cross-year checks and analysis), as extracted. */
    model: jsonb('model'),
  },
  (t) => [index('documents_series').on(t.department, t.year)],
);

export const findings = pgTable(
  'findings',
  {
    id: serial('id').primaryKey(),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    ordinal: integer('ordinal').notNull(),
    key: text('key').notNull(),
    rule: text('rule').notNull(),
    title: text('title').notNull(),
    category: text('category').notNull(),
    severity: text('severity', { enum: ['error', 'warning', 'info'] }).notNull(),
    message: text('message').notNull(),
    expected: text('expected'),
    actual: text('actual'),
    difference: text('difference'),
    tolerance: text('tolerance'),
    section: text('section'),
    locations: jsonb('locations').notNull(),
  },
  (t) => [index('findings_document').on(t.documentId), index('findings_key').on(t.key)],
);

/**
 * Every decision ever taken, newest last: a finding's decision is the latest row for its document and
 * key, the rest is history. Keyed by the finding's stable key, not its row, so a re-check keeps them
 * and the next version of the document can carry them over.
 */
export const decisions = pgTable(
  'decisions',
  {
    id: serial('id').primaryKey(),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    findingKey: text('finding_key').notNull(),
    status: text('status', { enum: ['confirmed', 'dismissed', 'recheck'] }).notNull(),
    note: text('note').notNull().default(''),
    userId: integer('user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('decisions_document_key').on(t.documentId, t.findingKey), index('decisions_key').on(t.findingKey)],
);

export const audit = pgTable('audit', {
  id: serial('id').primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  userId: integer('user_id'),
  action: text('action').notNull(),
  target: text('target'),
  detail: jsonb('detail'),
});
