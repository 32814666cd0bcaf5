import * as fs from 'node:fs';
import { Client } from 'pg';
import { migrate, readMigrations } from '../../src/db/migrate';
import { diffSql, schemaTarget } from '../../src/db/schema-diff';
import { SCHEMA_PATH, SNAPSHOT_PATH } from '../../src/paths';
import { createEmptyDatabase } from '../support/database';

/** Everything about a database's schema that Prisma models: tables, columns, enums, indexes, constraints. */
async function describeSchema(url: string): Promise<Record<string, string[]>> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const q = async (sql: string) => (await c.query(sql)).rows.map((r) => Object.values(r).join(' | ')).sort();
    return {
      columns: await q(`SELECT table_name, column_name, data_type, udt_name, is_nullable, coalesce(column_default, ''), coalesce(character_maximum_length::text, ''), coalesce(numeric_precision::text, ''), coalesce(datetime_precision::text, '')
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`),
      enums: await q(`SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' GROUP BY t.typname`),
      indexes: await q(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`),
      constraints: await q(`SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT IN ('_prisma_migrations', '"_prisma_migrations"')`),
    };
  } finally {
    await c.end();
  }
}

describe('migrations', () => {
  it('produce exactly the schema that schema.prisma describes', async () => {
    const viaMigrations = await createEmptyDatabase('newsgraph_mig');
    const viaSchema = await createEmptyDatabase('newsgraph_ref');
    try {
      await migrate(viaMigrations.url);
      // The reference: what Prisma's own engine renders for schema.prisma from nothing.
      const sql = await diffSql({ tag: 'empty' }, schemaTarget(), viaSchema.url);
      expect(sql).toMatch(/CREATE TABLE "Statement"/);
      const c = new Client({ connectionString: viaSchema.url });
      await c.connect();
      await c.query(sql);
      await c.end();
      const [got, want] = await Promise.all([describeSchema(viaMigrations.url), describeSchema(viaSchema.url)]);
      expect(got.columns.length).toBeGreaterThan(50);
      expect(got).toEqual(want);
    } finally {
      await viaMigrations.drop();
      await viaSchema.drop();
    }
  });

  it('were generated from the current schema.prisma (npm run db:migration -- NAME moves the snapshot)', () => {
    expect(fs.readFileSync(SNAPSHOT_PATH, 'utf8')).toBe(fs.readFileSync(SCHEMA_PATH, 'utf8'));
  });

  it('are recorded as prisma migrate deploy records them, and a second run applies nothing', async () => {
    const target = await createEmptyDatabase('newsgraph_mig');
    try {
      const applied = await migrate(target.url);
      expect(applied).toEqual(readMigrations().map((m) => m.name));
      expect(await migrate(target.url)).toEqual([]);
      const c = new Client({ connectionString: target.url });
      await c.connect();
      const { rows } = await c.query('SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name');
      await c.end();
      expect(rows).toHaveLength(applied.length);
      for (const [i, m] of readMigrations().entries()) {
        expect(rows[i]).toMatchObject({ migration_name: m.name, checksum: m.checksum, rolled_back_at: null, applied_steps_count: 1 });
        expect(rows[i].checksum).toMatch(/^[0-9a-f]{64}$/);
        expect(rows[i].finished_at).toBeInstanceOf(Date);
      }
    } finally {
      await target.drop();
    }
  });

  it('migration folders follow Prisma\'s layout', () => {
    for (const m of readMigrations()) expect(m.name).toMatch(/^\d{14}_[a-z0-9_]+$/);
    expect(fs.readFileSync(SCHEMA_PATH.replace('schema.prisma', 'migrations/migration_lock.toml'), 'utf8')).toMatch(/provider = "postgresql"/);
  });
});
