import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './common/pagination';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 12, maxCost: 250_000 };

function pageSize(args: readonly { name: { value: string }; value: ValueNode }[] | undefined, variables: Record<string, unknown>): number | null {
  const first = args?.find((a) => a.name.value === 'first');
  if (!first) return null;
  if (first.value.kind === Kind.INT) return Number(first.value.value);
  if (first.value.kind === Kind.VARIABLE) {
    const v = variables[first.value.name.value];
    return typeof v === 'number' ? v : v === undefined || v === null ? DEFAULT_PAGE_SIZE : MAX_PAGE_SIZE;
  }
  return DEFAULT_PAGE_SIZE;
}

/**
 * Depth and cost of a selection: each field costs 1, and a list field that takes `first` multiplies
 * the cost of what it selects by its page size (the worst case of rows it can return).
 */
function measure(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  seen: Set<string>,
): { depth: number; cost: number } {
  let depth = 0;
  let cost = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (!sel.selectionSet) {
        cost += 1;
        depth = Math.max(depth, 1);
        continue;
      }
      const inner = measure(sel.selectionSet, fragments, variables, seen);
      const n = pageSize(sel.arguments, variables);
      cost += 1 + (n ?? 1) * inner.cost;
      depth = Math.max(depth, 1 + inner.depth);
    } else {
      let inner: SelectionSetNode | undefined;
      if (sel.kind === Kind.INLINE_FRAGMENT) inner = sel.selectionSet;
      else if (!seen.has(sel.name.value) && fragments[sel.name.value]) {
        inner = fragments[sel.name.value].selectionSet;
        seen = new Set(seen).add(sel.name.value); // a fragment cycle is reported by graphql's own rules
      }
      if (inner) {
        const m = measure(inner, fragments, variables, seen);
        cost += m.cost;
        depth = Math.max(depth, m.depth);
      }
    }
  }
  return { depth, cost };
}

/**
 * Rejects an operation that is too deep or too costly, before anything runs. Called once the operation
 * is resolved, so page sizes given as variables count with their real values.
 */
export function assertWithinLimits(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>, limits: QueryLimits): void {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const op = ops.find((o) => (operationName ? o.name?.value === operationName : true));
  if (!op) return;
  const { depth, cost } = measure(op.selectionSet, fragments, variables, new Set());
  // Edges and node add two levels to every connection, so depth counts selection sets, not entities.
  if (depth > limits.maxDepth) {
    throw new GraphQLError(`Query depth ${depth} exceeds the limit of ${limits.maxDepth}`, { extensions: { code: 'QUERY_TOO_DEEP', http: { status: 400 } } });
  }
  if (cost > limits.maxCost) {
    throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${limits.maxCost}; ask for smaller pages (first) or fewer nested lists`, {
      extensions: { code: 'QUERY_TOO_COSTLY', http: { status: 400 } },
    });
  }
}
