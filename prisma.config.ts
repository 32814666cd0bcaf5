import { defineConfig } from 'prisma/config';

// `prisma generate` needs no schema engine, but the CLI insists one exists; any file will do. Never set
// it for migrate/db commands: with a fake engine they would exit 0 having done nothing.
if (process.argv.slice(2).some((a) => ['generate', 'validate', 'format'].includes(a))) process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= __filename;

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  // Prisma 7 reads no .env and env() throws when unset; the URL matters only to migrate/db commands.
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/newsgraph' },
});
