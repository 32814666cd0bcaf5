import * as fs from 'node:fs';
import * as path from 'node:path';

/** The package root, whether running from src/ (tests, tsx) or from the compiled dist/src/. */
function findRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) || !fs.existsSync(path.join(dir, 'prisma'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the newsgraph package root above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findRoot();
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'prisma', 'migrations');
export const SCHEMA_PATH = path.join(PROJECT_ROOT, 'prisma', 'schema.prisma');
/** The datamodel the migrations folder was last generated from. */
export const SNAPSHOT_PATH = path.join(PROJECT_ROOT, 'prisma', 'migrated.prisma');
