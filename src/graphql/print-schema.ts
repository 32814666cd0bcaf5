import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildNewsgraphSchema } from './schema';

/** The SDL committed as schema.graphql (sorted, so the file changes only when the API does). */
export function schemaSdl(): string {
  return printSchema(lexicographicSortSchema(buildNewsgraphSchema())) + '\n';
}
