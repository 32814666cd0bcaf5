import * as fs from 'node:fs';
import * as path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { SCHEMA_PATH } from '../paths';

/**
 * Prisma's schema engine compiled to WASM (dev dependency), for the two jobs the native engine would
 * do: render the SQL of a new migration, and prove the migrations still equal schema.prisma.
 * The package's own entry imports the .wasm as an ES module, which Node 20 cannot; instantiate it here.
 */
type DiffTarget =
  | { tag: 'empty' }
  | { tag: 'schemaDatamodel'; files: { path: string; content: string }[] };

interface SchemaEngine {
  diff(params: { from: DiffTarget; to: DiffTarget; script: boolean; exitCode: boolean | null; filters: unknown }): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
}

/** The slice of the WebAssembly global used here (lib.dom, which declares it, is not loaded). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

function loadEngineModule(): { SchemaEngine: { new: (o: unknown, cb: unknown, adapter: unknown) => Promise<SchemaEngine> } } {
  const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const bg = require(bgPath);
  if (!bg.__newsgraphReady) {
    const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
    const module = new wasm.Module(fs.readFileSync(path.join(path.dirname(bgPath), 'schema_engine_bg.wasm')));
    const instance = new wasm.Instance(module, { './schema_engine_bg.js': bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    bg.__newsgraphReady = true;
  }
  return bg;
}


export function schemaTarget(schemaPath = SCHEMA_PATH): DiffTarget {
  return { tag: 'schemaDatamodel', files: [{ path: path.basename(schemaPath), content: fs.readFileSync(schemaPath, 'utf8') }] };
}

/** SQL that turns datamodel `from` into `to` ('' when they are equal). The engine wants a connector even for this. */
export async function diffSql(from: DiffTarget, to: DiffTarget, databaseUrl: string): Promise<string> {
  const { SchemaEngine } = loadEngineModule();
  const factory = new PrismaPg({ connectionString: databaseUrl });
  const datamodels = to.tag === 'schemaDatamodel' ? to.files.map((f) => [f.path, f.content]) : undefined;
  const engine = await SchemaEngine.new({ datamodels }, () => undefined, bindMigrationAwareSqlAdapterFactory(factory));
  try {
    const result = await engine.diff({ from, to, script: true, exitCode: null, filters: { externalTables: [], externalEnums: [] } });
    const sql = (result.stdout ?? '').trim();
    // An empty diff renders as a comment only.
    return /^(--[^\n]*\s*)*$/.test(sql) ? '' : sql;
  } finally {
    engine.free();
  }
}
