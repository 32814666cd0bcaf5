#!/usr/bin/env node
import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadConfig } from './config';
import { extractFile, extractJsonl } from './commands/extract-command';
import { ingestPaths } from './commands/ingest-command';
import { serve } from './commands/serve-command';
import { migrate } from './db/migrate';
import { schemaSdl } from './graphql/print-schema';

const USAGE = `newsgraph — who said what, and what happened when

Usage:
  newsgraph serve [--seed PATH]…     start the database and the GraphQL server (http://localhost:$PORT/)
  newsgraph ingest PATH…             ingest text files or folders (sidecar NAME.json: title, publishedAt, source, url)
  newsgraph extract FILE [--published-at YYYY-MM-DD]
                                     print what one article yields
  newsgraph extract --jsonl          JSON Lines in ({id, text, publishedAt?, title?}), findings out
  newsgraph schema [--out FILE]      print the GraphQL schema (SDL)
  newsgraph migrate                  apply database migrations (DATABASE_URL)

Environment: PORT (4000), HOST (127.0.0.1), DATABASE_URL (else an embedded PostgreSQL), NEWSGRAPH_DATA_DIR (.data),
NEWSGRAPH_ADMIN_TOKEN, NEWSGRAPH_READ_TOKEN, NEWSGRAPH_DEBUG, NEWSGRAPH_PLAYGROUND, NEWSGRAPH_INTROSPECTION.`;

function option(args: string[], name: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < args.length; i++) if (args[i] === name && args[i + 1]) values.push(args[++i]);
  return values;
}

function positional(args: string[], valued: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (valued.includes(args[i])) i++;
    else if (!args[i].startsWith('--')) out.push(args[i]);
  }
  return out;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'serve':
      await serve(loadConfig(), option(args, '--seed').map((p) => path.resolve(p)));
      return -1; // keeps running
    case 'ingest': {
      const paths = positional(args, []);
      if (!paths.length) throw new Error('ingest needs at least one file or folder');
      return ingestPaths(loadConfig(), paths);
    }
    case 'extract': {
      if (args.includes('--jsonl')) return (await extractJsonl(process.stdin, process.stdout)) ? 1 : 0;
      const [file] = positional(args, ['--published-at']);
      if (!file) throw new Error('extract needs a FILE, or --jsonl to read JSON Lines on stdin');
      console.log(extractFile(file, option(args, '--published-at')[0] ?? null));
      return 0;
    }
    case 'schema': {
      const out = option(args, '--out')[0];
      if (out) fs.writeFileSync(out, schemaSdl());
      else process.stdout.write(schemaSdl());
      return 0;
    }
    case 'migrate': {
      const url = process.env.DATABASE_URL;
      if (!url) throw new Error('migrate needs DATABASE_URL (the embedded database is migrated by serve and ingest)');
      await migrate(url, (l) => console.error(l));
      return 0;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return 0;
    default:
      console.error(`unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`newsgraph: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
