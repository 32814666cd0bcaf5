import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { schemaSdl } from '../../src/graphql/print-schema';

const root = path.join(__dirname, '../..');

describe('committed schema artifacts', () => {
  it('schema.graphql is what the code emits (run `npm run schema` after changing the API)', () => {
    expect(fs.readFileSync(path.join(root, 'schema.graphql'), 'utf8')).toBe(schemaSdl());
  });

  it('the typed client is what codegen makes of schema.graphql and the operations (run `npm run codegen`)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-codegen-'));
    const out = path.join(dir, 'graphql.ts');
    const config = fs.readFileSync(path.join(root, 'codegen.yml'), 'utf8').replace('src/client/generated/graphql.ts:', `${JSON.stringify(out)}:`);
    fs.writeFileSync(path.join(dir, 'codegen.yml'), config);
    execFileSync(path.join(root, 'node_modules/.bin/graphql-codegen'), ['--config', path.join(dir, 'codegen.yml'), '--silent'], { cwd: root, stdio: 'pipe' });
    expect(fs.readFileSync(path.join(root, 'src/client/generated/graphql.ts'), 'utf8')).toBe(fs.readFileSync(out, 'utf8'));
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
