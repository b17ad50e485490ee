import {
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  GraphQLNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';

/** How often one relation may follow itself along a path: `related { related { … } }`, no deeper. */
export const MAX_RELATION_NESTING = 2;

/** For each relation (`Type.field`), the most times it occurs along any one path below a selection. */
type Nesting = Map<string, number>;

function merge(into: Nesting, from: Nesting): void {
  for (const [coordinate, count] of from) {
    if ((into.get(coordinate) ?? 0) < count) into.set(coordinate, count);
  }
}

/**
 * Self-nesting relations get a small depth cap: the same relation (a field returning objects,
 * `LearningExample.related`, `Cohort.members` → `CohortMember.cohort` → `Cohort.members` …) may
 * occur at most `max` times along any path of an operation, fragments included. Each one multiplies
 * what lies under it, so a cycle followed deeper is refused before any resolver runs
 * (GRAPHQL_VALIDATION_FAILED, HTTP 400). A fragment is summarised once however often it is spread.
 */
export function relationNestingRule(max = MAX_RELATION_NESTING): ValidationRule {
  return (context: ValidationContext) => {
    const schema = context.getSchema();
    const summaries = new Map<string, Nesting>();
    const onStack = new Set<string>();

    function nesting(selectionSet: SelectionSetNode, parentType: GraphQLNamedType): Nesting {
      const result: Nesting = new Map();
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (!selection.selectionSet || (!isObjectType(parentType) && !isInterfaceType(parentType))) continue;
          const field = parentType.getFields()[selection.name.value];
          if (!field) continue;
          const type = getNamedType(field.type);
          if (!isCompositeType(type)) continue;
          const below = nesting(selection.selectionSet, type);
          const coordinate = `${parentType.name}.${field.name}`;
          below.set(coordinate, (below.get(coordinate) ?? 0) + 1);
          merge(result, below);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
          if (type) merge(result, nesting(selection.selectionSet, type));
        } else {
          const name = selection.name.value;
          const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(name);
          const type = fragment && schema.getType(fragment.typeCondition.name.value);
          // Unknown fragments and cycles of fragments are other rules' errors.
          if (!fragment || !type || onStack.has(name)) continue;
          let summary = summaries.get(name);
          if (!summary) {
            onStack.add(name);
            summary = nesting(fragment.selectionSet, type);
            onStack.delete(name);
            summaries.set(name, summary);
          }
          merge(result, summary);
        }
      }
      return result;
    }

    return {
      OperationDefinition(operation) {
        const root = schema.getRootType(operation.operation);
        if (!root) return;
        for (const [coordinate, count] of nesting(operation.selectionSet, root)) {
          if (count <= max) continue;
          context.reportError(
            new GraphQLError(`Relationen ${coordinate} får nästlas i högst ${max} nivåer; frågan har ${count}.`, { nodes: operation }),
          );
        }
      },
    };
  };
}
