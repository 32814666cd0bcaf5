import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { ingestArticle } from '../../src/ingest';
import { startTestServer, type TestServer } from '../support/server';

const seedText = fs.readFileSync(path.join(__dirname, '../../seeds/000_06a914ba39d29b72.txt'), 'utf8');

describe('GraphQL IDE in a real browser, offline', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await ingestArticle(server.database.db, { text: seedText, title: 'Seed', publishedAt: '2018-08-27' });
  });
  afterAll(async () => server?.stop());

  it('loads from the server alone, shows the example query and runs it', async () => {
    const shot = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-ide-')), 'ide.png');
    // The browser driver is an ES module; run it as its own process (jest's registry cannot load ESM here).
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(__dirname, '../support/drive-ide.mjs'), `http://127.0.0.1:${server.port}/`, shot], {
      timeout: 110_000,
    });
    const report = JSON.parse(stdout);
    expect(report.blocked).toEqual([]);
    expect(report.title).toBe('newsgraph');
    expect(report.editorHasExample).toBe(true);
    expect(report.ran).toBe(true);
    expect(report.result).toMatch(/"totalCount": [1-9]/);
    expect(report.result).toContain('"title": "Seed"');
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
  }, 120_000);
});
