import {
  getArgumentValues,
  GraphQLError,
  getVariableValues,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { Prisma } from '../../generated/prisma/client';
import { InputError } from '../../ingest/errors';
import { rowId, type NodeType } from '../common/ids';
import { parsePage } from '../common/pagination';
import { RELATIONS } from '../data/relations';
import { and, table } from '../data/sql';
import { collectFields, NotPlannable, subSelections, type CollectedField } from './selection';
import { OBJECTS, ROOT, type EvidenceSource, type FieldShape, type ObjectName } from './shapes';
import { TIMELINE_ORDER, timelineQuery, type TimelineArgs } from '../timeline/items';

type Sql = Prisma.Sql;

/**
 * One SQL statement that returns a whole query response as JSON text, the way PostGraphile answers:
 * Postgres builds the nested objects, pages and counts, and Node only passes the result on. `mustExist`
 * names root lookups whose absence is an error the resolvers report (the plan then steps aside).
 */
export interface SqlPlan {
  sql: Sql;
  mustExist: string[];
}

/** A SQL literal for a GraphQL name (response keys and type names match /^[_A-Za-z][_0-9A-Za-z]*$/). */
function nameLiteral(name: string): Sql {
  if (!/^[_A-Za-z][_0-9A-Za-z]*$/.test(name)) throw new NotPlannable(`name ${name}`);
  return Prisma.raw(`'${name}'`);
}

function jsonObject(pairs: [string, Sql][]): Sql {
  if (pairs.length === 0) return Prisma.sql`json_build_object()`;
  return Prisma.sql`json_build_object(${Prisma.join(pairs.map(([k, v]) => Prisma.sql`${nameLiteral(k)}, ${v}`), ', ')})`;
}

/** Buffer.from(text).toString('base64url') in SQL (the texts are far too short for base64's line breaks). */
function base64url(text: Sql): Sql {
  return Prisma.sql`translate(encode(convert_to(${text}, 'UTF8'), 'base64'), '+/=', '-_')`;
}

/** encodeCursor(id) in SQL. */
function cursorOf(id: Sql): Sql {
  return base64url(Prisma.sql`'c:' || ${id}`);
}

/** The timeline cursor (items.ts cursorText) of the page row r. */
function timelineCursor(r: Sql): Sql {
  return base64url(Prisma.sql`'t:' || coalesce(to_char(${r}.ds, 'YYYY-MM-DD'), 'infinity') || ':' || ${r}.k || ':' || ${r}.id`);
}

/** The table behind an object type read by id. */
function tableOf(name: ObjectName): Sql {
  const t = OBJECTS[name].table;
  if (!t) throw new NotPlannable(`${name} outside its parent`);
  return table(t);
}

function joined(joins: Sql[]): Sql {
  return joins.length ? Prisma.join(joins, ' ') : Prisma.empty;
}

class Planner {
  private aliases = 0;
  readonly mustExist: string[] = [];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  private alias(): Sql {
    return Prisma.raw(`r${this.aliases++}`);
  }

  private fields(sets: readonly SelectionSetNode[], typeName: string, interfaces: readonly string[] = []): CollectedField[] {
    return collectFields(sets, typeName, interfaces, this.fragments, this.variables);
  }

  private args(typeName: string, field: CollectedField): Record<string, unknown> {
    const def = (this.schema.getType(typeName) as GraphQLObjectType | undefined)?.getFields()[field.name];
    if (!def) throw new NotPlannable(`${typeName}.${field.name}`);
    return getArgumentValues(def, field.nodes[0], this.variables);
  }

  root(set: SelectionSetNode): Sql {
    const pairs = this.fields([set], 'Query').map((f): [string, Sql] => {
      if (f.name === '__typename') return [f.key, nameLiteral('Query')];
      const shape = ROOT[f.name];
      if (!shape) throw new NotPlannable(`Query.${f.name}`);
      return [f.key, this.field(shape, f, this.args('Query', f), null, [])];
    });
    return Prisma.sql`SELECT ${jsonObject(pairs)}::text AS data`;
  }

  /**
   * A field of the row `row`. To-one relations become LEFT JOINs of the enclosing FROM (`joins`):
   * a correlated subquery per row costs Postgres far more than a join.
   */
  private field(shape: FieldShape, f: CollectedField, args: Record<string, unknown>, row: Sql | null, joins: Sql[]): Sql {
    if ('scalar' in shape) {
      if (!row) throw new NotPlannable('a scalar at the root');
      return shape.scalar(row);
    }
    if ('many' in shape) return this.connection(shape, f, args, row);
    if ('timeline' in shape) return this.timeline(f, args);
    if ('byId' in shape) {
      this.mustExist.push(f.key);
      const r = this.alias();
      const id = rowId(String(args.id), shape.byId as NodeType);
      const own: Sql[] = [];
      const object = this.object(shape.byId, subSelections(f), r, own);
      return Prisma.sql`(SELECT ${object} FROM ${tableOf(shape.byId)} ${r} ${joined(own)} WHERE ${r}.id = ${id})`;
    }
    if (!row) throw new NotPlannable('a relation at the root');
    if ('dateRange' in shape) return this.dateRange(subSelections(f), shape.dateRange(row));
    if ('evidence' in shape) return this.evidence(subSelections(f), shape.evidence(row));
    if ('evidences' in shape) {
      const cases = shape.evidences(row).map(
        (alt) => Prisma.sql`WHEN ${alt.when} THEN (SELECT json_agg(${this.evidence(subSelections(f), alt.source)} ORDER BY ${alt.order}) FROM ${alt.from})`,
      );
      return Prisma.sql`coalesce(CASE ${Prisma.join(cases, ' ')} END, '[]'::json)`;
    }
    const r = this.alias();
    joins.push(Prisma.sql`LEFT JOIN ${tableOf(shape.one)} ${r} ON ${r}.id = ${row}."${Prisma.raw(shape.fk)}"`);
    return Prisma.sql`CASE WHEN ${r}.id IS NULL THEN NULL ELSE ${this.object(shape.one, subSelections(f), r, joins)} END`;
  }

  private object(name: ObjectName, sets: readonly SelectionSetNode[], row: Sql, joins: Sql[]): Sql {
    const shape = OBJECTS[name];
    const fields: Record<string, FieldShape> = shape.fields;
    const pairs = this.fields(sets, name, shape.interfaces).map((f): [string, Sql] => {
      if (f.name === '__typename') return [f.key, nameLiteral(name)];
      const field = fields[f.name];
      if (!field) throw new NotPlannable(`${name}.${f.name}`);
      return [f.key, this.field(field, f, 'many' in field ? this.args(name, f) : {}, row, joins)];
    });
    return jsonObject(pairs);
  }

  /**
   * A Relay connection: the page (first + 1 rows after the cursor, in id order, each numbered so the
   * extra row only answers hasNextPage) aggregated into edges, with the count of the whole list.
   */
  private connection(shape: Extract<FieldShape, { many: ObjectName }>, f: CollectedField, args: Record<string, unknown>, parent: Sql | null): Sql {
    const page = parsePage(args as { first?: number | null; after?: string | null });
    const filter = shape.filter(args);
    const child = OBJECTS[shape.many];
    const childTable = tableOf(shape.many);
    const belongs = shape.relation && parent ? [RELATIONS[shape.relation].belongs(Prisma.sql`${parent}.id`)] : [];
    const r = this.alias();
    const first = Prisma.sql`${page.first}::int`;
    const joins: Sql[] = [];
    const typeName = `${shape.many}Connection`;
    const selected = this.fields(subSelections(f), typeName);
    // Only pageInfo needs the extra row that says whether a next page exists; then each row is
    // numbered and edges keep the first ones.
    const numbered = selected.some((c) => c.name === 'pageInfo');
    const readsPage = numbered || selected.some((c) => c.name === 'edges');
    const onPage = numbered ? Prisma.sql`FILTER (WHERE ${r}."__rn" <= ${first})` : Prisma.empty;

    const pairs = selected.map((c): [string, Sql] => {
      switch (c.name) {
        case '__typename':
          return [c.key, nameLiteral(typeName)];
        case 'totalCount':
          return [c.key, Prisma.sql`(SELECT count(*)::int FROM ${childTable} t WHERE ${and([...belongs, ...filter.where])})`];
        case 'edges': {
          const edge = this.edge(subSelections(c), `${shape.many}Edge`, cursorOf(Prisma.sql`${r}.id`), (sets) => this.object(shape.many, sets, r, joins));
          return [c.key, Prisma.sql`coalesce(json_agg(${edge} ORDER BY ${r}.id) ${onPage}, '[]'::json)`];
        }
        case 'pageInfo':
          return [
            c.key,
            this.pageInfo(subSelections(c), {
              hasNextPage: () => Prisma.sql`count(*) > ${first}`,
              hasPreviousPage: page.afterId > 0,
              startCursor: () => cursorOf(Prisma.sql`min(${r}.id) ${onPage}`),
              endCursor: () => cursorOf(Prisma.sql`max(${r}.id) ${onPage}`),
            }),
          ];
        default:
          throw new NotPlannable(`${typeName}.${c.name}`);
      }
    });
    const where = and([...belongs, ...filter.where, Prisma.sql`t.id > ${page.afterId}::int`]);
    // A bare count reads no page (and without an aggregate the page would yield a row per child).
    if (!readsPage) return Prisma.sql`(SELECT ${jsonObject(pairs)})`;
    const rowNumber = numbered ? Prisma.sql`, row_number() OVER (ORDER BY t.id) AS "__rn"` : Prisma.empty;
    // The page's ids first, then its rows: the ids come in id order from an index (covering, when
    // there is no filter) and stop at the limit, whatever the planner guesses of how many children a
    // parent has; reading whole rows and sorting them is the plan it picks for a busy parent otherwise.
    const limit = Prisma.sql`${numbered ? page.first + 1 : page.first}::int`;
    return Prisma.sql`(SELECT ${jsonObject(pairs)} FROM (
      SELECT t.*${rowNumber} FROM ${childTable} t
      WHERE t.id = ANY(ARRAY(SELECT t.id FROM ${childTable} t WHERE ${where} ORDER BY t.id LIMIT ${limit}))) ${r} ${joined(joins)})`;
  }

  /** An edge of `typeName`: its cursor, and its node built from the node field's selections. */
  private edge(sets: readonly SelectionSetNode[], typeName: string, cursor: Sql, node: (sets: readonly SelectionSetNode[]) => Sql): Sql {
    const pairs = this.fields(sets, typeName).map((e): [string, Sql] => {
      if (e.name === '__typename') return [e.key, nameLiteral(typeName)];
      if (e.name === 'cursor') return [e.key, cursor];
      if (e.name === 'node') return [e.key, node(subSelections(e))];
      throw new NotPlannable(`${typeName}.${e.name}`);
    });
    return jsonObject(pairs);
  }

  /** A PageInfo from its parts, each built only when selected. */
  private pageInfo(
    sets: readonly SelectionSetNode[],
    parts: { hasNextPage: () => Sql; hasPreviousPage: boolean; startCursor: () => Sql; endCursor: () => Sql },
  ): Sql {
    const pairs = this.fields(sets, 'PageInfo').map((p): [string, Sql] => {
      switch (p.name) {
        case '__typename':
          return [p.key, nameLiteral('PageInfo')];
        case 'hasPreviousPage':
          return [p.key, Prisma.raw(parts.hasPreviousPage ? 'true' : 'false')];
        case 'hasNextPage':
        case 'startCursor':
        case 'endCursor':
          return [p.key, parts[p.name]()];
        default:
          throw new NotPlannable(`PageInfo.${p.name}`);
      }
    });
    return jsonObject(pairs);
  }

  /** A DateRange (common/date-range.ts dateRangeOf): days as YYYY-MM-DD, null without both bounds. */
  private dateRange(sets: readonly SelectionSetNode[], { start, end, precision }: { start: Sql; end: Sql; precision: Sql }): Sql {
    const pairs = this.fields(sets, 'DateRange').map((f): [string, Sql] => {
      switch (f.name) {
        case '__typename':
          return [f.key, nameLiteral('DateRange')];
        case 'start':
          return [f.key, Prisma.sql`to_char(${start}, 'YYYY-MM-DD')`];
        case 'end':
          return [f.key, Prisma.sql`to_char(${end}, 'YYYY-MM-DD')`];
        case 'precision':
          return [f.key, precision];
        default:
          throw new NotPlannable(`DateRange.${f.name}`);
      }
    });
    return Prisma.sql`CASE WHEN ${start} IS NULL OR ${end} IS NULL THEN NULL ELSE ${jsonObject(pairs)} END`;
  }

  /** An Evidence (common/evidence.ts evidenceOf) aggregated over its segments; null when it has none. */
  private evidence(sets: readonly SelectionSetNode[], source: EvidenceSource): Sql {
    const g = this.alias();
    const pairs = this.fields(sets, 'Evidence').map((f): [string, Sql] => {
      switch (f.name) {
        case '__typename':
          return [f.key, nameLiteral('Evidence')];
        case 'start':
          return [f.key, Prisma.sql`min(${g}.s)`];
        case 'end':
          return [f.key, Prisma.sql`max(${g}.e)`];
        case 'text':
          return [f.key, Prisma.sql`string_agg(${g}.txt, ${' … '} ORDER BY ${g}.ord)`];
        case 'segments': {
          const span = this.fields(subSelections(f), 'TextSpan').map((t): [string, Sql] => {
            if (t.name === '__typename') return [t.key, nameLiteral('TextSpan')];
            if (t.name === 'start') return [t.key, Prisma.sql`${g}.s`];
            if (t.name === 'end') return [t.key, Prisma.sql`${g}.e`];
            if (t.name === 'text') return [t.key, Prisma.sql`${g}.txt`];
            throw new NotPlannable(`TextSpan.${t.name}`);
          });
          return [f.key, Prisma.sql`json_agg(${jsonObject(span)} ORDER BY ${g}.ord)`];
        }
        case 'article': {
          const a = this.alias();
          const joins: Sql[] = [];
          const article = this.object('Article', subSelections(f), a, joins);
          return [f.key, Prisma.sql`(SELECT ${article} FROM "Article" ${a} ${joined(joins)} WHERE ${a}.id = ${source.articleId})`];
        }
        default:
          throw new NotPlannable(`Evidence.${f.name}`);
      }
    });
    return Prisma.sql`(SELECT ${jsonObject(pairs)} FROM (${source.segments}) ${g} HAVING count(*) > 0)`;
  }

  /**
   * Query.timeline (timeline/items.ts): its items once, the page numbered in date order with one
   * extra row for hasNextPage. A missing actor or article makes it null, and the resolvers report it.
   */
  private timeline(f: CollectedField, args: Record<string, unknown>): Sql {
    const q = timelineQuery(args as unknown as TimelineArgs);
    this.mustExist.push(f.key);
    const p = this.alias();
    const first = Prisma.sql`${q.first}::int`;
    const joins: Sql[] = [];
    const pairs = this.fields(subSelections(f), 'TimelineConnection').map((c): [string, Sql] => {
      switch (c.name) {
        case '__typename':
          return [c.key, nameLiteral('TimelineConnection')];
        case 'totalCount':
          return [c.key, Prisma.sql`(SELECT count(*)::int FROM items)`];
        case 'edges': {
          const edge = this.edge(subSelections(c), 'TimelineEdge', timelineCursor(p), (sets) => this.object('TimelineItem', sets, p, joins));
          return [c.key, Prisma.sql`(SELECT coalesce(json_agg(${edge} ORDER BY ${p}."__rn"), '[]'::json) FROM page ${p} ${joined(joins)} WHERE ${p}."__rn" <= ${first})`];
        }
        case 'pageInfo':
          return [
            c.key,
            this.pageInfo(subSelections(c), {
              hasNextPage: () => Prisma.sql`(SELECT count(*) > ${first} FROM page)`,
              hasPreviousPage: q.after,
              startCursor: () => Prisma.sql`(SELECT ${timelineCursor(p)} FROM page ${p} WHERE ${p}."__rn" = 1)`,
              endCursor: () => Prisma.sql`(SELECT ${timelineCursor(p)} FROM page ${p} WHERE ${p}."__rn" <= ${first} ORDER BY ${p}."__rn" DESC LIMIT 1)`,
            }),
          ];
        default:
          throw new NotPlannable(`TimelineConnection.${c.name}`);
      }
    });
    const exists = and([
      ...(q.actorId !== null ? [Prisma.sql`EXISTS (SELECT 1 FROM "Actor" WHERE id = ${q.actorId})`] : []),
      ...(q.articleId !== null ? [Prisma.sql`EXISTS (SELECT 1 FROM "Article" WHERE id = ${q.articleId})`] : []),
    ]);
    return Prisma.sql`(WITH items AS (${q.items}),
      page AS (
        SELECT i.*, CASE WHEN i.k = 'S' THEN i.id END AS sid, CASE WHEN i.k = 'E' THEN i.id END AS eid,
          row_number() OVER (ORDER BY ${TIMELINE_ORDER}) AS "__rn"
        FROM items i WHERE ${q.position} ORDER BY ${TIMELINE_ORDER} LIMIT ${q.first + 1}::int)
      SELECT CASE WHEN ${exists} THEN ${jsonObject(pairs)} END)`;
  }
}

export type PlanOutcome = { plan: SqlPlan; reason?: undefined } | { plan: null; reason: string };

/**
 * The SQL plan of a query operation, or the reason there is none: the operation is not a query,
 * its variables do not coerce, it asks for something the plans do not cover, or an argument is one
 * the resolvers reject. The resolvers answer those (and report their errors), so a plan never
 * changes what a client sees.
 */
export function planOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
): PlanOutcome {
  if (operation.operation !== 'query') return { plan: null, reason: `a ${operation.operation}` };
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  if (variables.errors) return { plan: null, reason: 'variables do not coerce' };
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  try {
    const planner = new Planner(schema, fragments, variables.coerced);
    const sql = planner.root(operation.selectionSet);
    return { plan: { sql, mustExist: planner.mustExist } };
  } catch (e) {
    if (e instanceof NotPlannable) return { plan: null, reason: `not planned: ${e.message}` };
    if (e instanceof InputError || e instanceof GraphQLError) return { plan: null, reason: `invalid argument: ${e.message}` };
    throw e;
  }
}
