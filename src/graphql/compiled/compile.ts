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
import { OBJECTS, ROOT, type FieldShape, type ObjectName } from './shapes';

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

/** encodeCursor(id) in SQL: base64url of "c:<id>" without padding. */
function cursorOf(id: Sql): Sql {
  return Prisma.sql`translate(encode(convert_to('c:' || ${id}, 'UTF8'), 'base64'), '+/=', '-_')`;
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
    if ('byId' in shape) {
      this.mustExist.push(f.key);
      const r = this.alias();
      const id = rowId(String(args.id), shape.byId as NodeType);
      const own: Sql[] = [];
      const object = this.object(shape.byId, subSelections(f), r, own);
      return Prisma.sql`(SELECT ${object} FROM ${table(OBJECTS[shape.byId].table)} ${r} ${joined(own)} WHERE ${r}.id = ${id})`;
    }
    if (!row) throw new NotPlannable('a relation at the root');
    const r = this.alias();
    joins.push(Prisma.sql`LEFT JOIN ${table(OBJECTS[shape.one].table)} ${r} ON ${r}.id = ${row}."${Prisma.raw(shape.fk)}"`);
    return Prisma.sql`CASE WHEN ${r}.id IS NULL THEN NULL ELSE ${this.object(shape.one, subSelections(f), r, joins)} END`;
  }

  private object(name: ObjectName, sets: readonly SelectionSetNode[], row: Sql, joins: Sql[]): Sql {
    const shape = OBJECTS[name];
    const fields: Record<string, FieldShape> = shape.fields;
    const pairs = this.fields(sets, name, shape.interfaces).map((f): [string, Sql] => {
      if (f.name === '__typename') return [f.key, nameLiteral(name)];
      const field = fields[f.name];
      if (!field) throw new NotPlannable(`${name}.${f.name}`);
      return [f.key, this.field(field, f, 'scalar' in field || 'one' in field ? {} : this.args(name, f), row, joins)];
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
          return [c.key, Prisma.sql`(SELECT count(*)::int FROM ${table(child.table)} t WHERE ${and([...belongs, ...filter.where])})`];
        case 'edges': {
          const edge = this.fields(subSelections(c), `${shape.many}Edge`).map((e): [string, Sql] => {
            if (e.name === '__typename') return [e.key, nameLiteral(`${shape.many}Edge`)];
            if (e.name === 'cursor') return [e.key, cursorOf(Prisma.sql`${r}.id`)];
            if (e.name === 'node') return [e.key, this.object(shape.many, subSelections(e), r, joins)];
            throw new NotPlannable(`${shape.many}Edge.${e.name}`);
          });
          return [c.key, Prisma.sql`coalesce(json_agg(${jsonObject(edge)} ORDER BY ${r}.id) ${onPage}, '[]'::json)`];
        }
        case 'pageInfo': {
          const info = this.fields(subSelections(c), 'PageInfo').map((p): [string, Sql] => {
            switch (p.name) {
              case '__typename':
                return [p.key, nameLiteral('PageInfo')];
              case 'hasNextPage':
                return [p.key, Prisma.sql`count(*) > ${first}`];
              case 'hasPreviousPage':
                return [p.key, Prisma.raw(page.afterId > 0 ? 'true' : 'false')];
              case 'startCursor':
                return [p.key, cursorOf(Prisma.sql`min(${r}.id) ${onPage}`)];
              case 'endCursor':
                return [p.key, cursorOf(Prisma.sql`max(${r}.id) ${onPage}`)];
              default:
                throw new NotPlannable(`PageInfo.${p.name}`);
            }
          });
          return [c.key, jsonObject(info)];
        }
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
      SELECT t.*${rowNumber} FROM ${table(child.table)} t
      WHERE t.id = ANY(ARRAY(SELECT t.id FROM ${table(child.table)} t WHERE ${where} ORDER BY t.id LIMIT ${limit}))) ${r} ${joined(joins)})`;
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
