import { Kind, type DirectiveNode, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/** Thrown while planning when a query uses something the SQL plans do not cover; execution takes over. */
export class NotPlannable extends Error {}

export interface CollectedField {
  /** The alias, or the field name: the key of this field in the response. */
  key: string;
  name: string;
  /** Every occurrence of the field under this key (GraphQL merges their selections). */
  nodes: FieldNode[];
}

function included(directives: readonly DirectiveNode[] | undefined, variables: Record<string, unknown>): boolean {
  for (const d of directives ?? []) {
    if (d.name.value !== 'skip' && d.name.value !== 'include') throw new NotPlannable(`directive @${d.name.value}`);
    const arg = d.arguments?.find((a) => a.name.value === 'if');
    let value: unknown;
    if (arg?.value.kind === Kind.BOOLEAN) value = arg.value.value;
    else if (arg?.value.kind === Kind.VARIABLE) value = variables[arg.value.name.value];
    else throw new NotPlannable('a @skip/@include without a boolean');
    if ((d.name.value === 'skip') === (value === true)) return false;
  }
  return true;
}

/**
 * The fields a selection set asks of an object of `typeName`, in response order, the way GraphQL's
 * own CollectFields does it: fragments spread in place, @skip/@include applied, fields with the same
 * response key merged. `interfaces` are the abstract types the object type implements.
 */
export function collectFields(
  sets: readonly SelectionSetNode[],
  typeName: string,
  interfaces: readonly string[],
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): CollectedField[] {
  const fields = new Map<string, CollectedField>();
  const applies = (condition: string | undefined) => condition === undefined || condition === typeName || interfaces.includes(condition);
  const visit = (set: SelectionSetNode, seen: ReadonlySet<string>) => {
    for (const sel of set.selections) {
      if (!included(sel.directives, variables)) continue;
      if (sel.kind === Kind.FIELD) {
        const key = sel.alias?.value ?? sel.name.value;
        const entry = fields.get(key);
        if (entry) entry.nodes.push(sel);
        else fields.set(key, { key, name: sel.name.value, nodes: [sel] });
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (applies(sel.typeCondition?.name.value)) visit(sel.selectionSet, seen);
      } else {
        const fragment = fragments[sel.name.value];
        if (!fragment || seen.has(sel.name.value)) continue;
        if (applies(fragment.typeCondition.name.value)) visit(fragment.selectionSet, new Set(seen).add(sel.name.value));
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return [...fields.values()];
}

/** The merged sub-selections of a collected field. */
export function subSelections(field: CollectedField): SelectionSetNode[] {
  return field.nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
}
