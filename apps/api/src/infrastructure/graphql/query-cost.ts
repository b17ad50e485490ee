import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { MAX_PAGE_SIZE } from './pagination';

/**
 * The cost of a request, worked out before any resolver runs: roughly how many objects it makes the
 * server resolve. A field that returns an object costs 1 per object plus what is selected under it;
 * scalars and enums cost nothing (they are read with their object). A list field multiplies that by
 * its size:
 * - `first` (or `pageSize`, `limit`) when the field has such an argument, given as a literal or as a
 *   variable, else the argument's default; at most what its resolver would serve (MAX_PAGE_SIZE,
 *   or PAGE_CAPS for fields that clamp lower);
 * - on a connection (a field with `first` that returns one object), the size goes to its `edges`;
 * - lists without a size argument: LIST_SIZES, their typical size when it is bounded by the data
 *   (a cohort's members, an example's organisations, the facets' vocabularies);
 * - any other list: DEFAULT_LIST_SIZE, the size of a full page.
 *
 * graphql-armor's cost limit counts every field once whatever the list sizes and cannot see variables,
 * so a six-level `related` nest passed it; this does not.
 */
export const COST_LIMIT = 3000;

export const PAGE_ARGUMENTS = ['first', 'pageSize', 'limit'] as const;

/** What an unknown list is assumed to hold: a full page. */
export const DEFAULT_LIST_SIZE = MAX_PAGE_SIZE;

/** Paged fields whose resolver serves fewer than MAX_PAGE_SIZE however large `first` is. */
export const PAGE_CAPS: Readonly<Record<string, number>> = {
  'LearningExample.related': 10,
};

/**
 * Lists without a size argument whose size the data bounds, as `Type.field`: about as many as they
 * hold in practice, not the theoretical maximum (the cost is an estimate of work, not a proof).
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  // Reference data: 290 kommuner, 21 regioner and SKR.
  'Query.organizations': 320,
  'Query.programmes': 20,
  // The network: every kommun and region, and about one lineage edge per organisation reached (two of three
  // kommuner reached once; finished answers are kept, modules/network/network-response-cache.ts).
  'NetworkOverview.organizations': 311,
  'NetworkOverview.lineage': 200,
  'Query.suggestMentors': 10,
  // The impact view: each Kolada key figure linked to an indicator (a few tens), five years each, and goal
  // outcomes per focus area (the vocabulary) and per programme. Scalars only: computed once per change.
  'ImpactOverview.keyFigures': 30,
  'ImpactKeyFigure.series': 5,
  'ImpactOverview.goalOutcomesByFocusArea': 20,
  'ImpactOverview.goalOutcomesByProgramme': 20,
  'Programme.cohorts': 30,
  // A mentor and two or three new ones (a programme may allow up to 20).
  'Cohort.members': 5,
  'Cohort.mentees': 4,
  'Cohort.meetings': 10,
  'Cohort.checkpoints': 2,
  'CohortMember.workingGroup': 8,
  'Organization.memberships': 4,
  // Goals: a handful shared and a few of each organisation's own, a few indicators each, ten periods × three
  // genders of values for one organisation (the pages ask with organizationCode), a target per gender.
  'Cohort.goals': 10,
  'CohortMember.goals': 8,
  'Goal.indicators': 4,
  'Indicator.measurements': 30,
  'Indicator.targets': 3,
  'GoalOverview.indicators': 20,
  'GoalOverview.rows': 5,
  'OverviewRow.cells': 20,
  // Follow-up: a report per member and checkpoint (the process leaders' list: the running cohorts' members),
  // one assessment per goal, a review or two, the snapshot's indicators as the goals' above.
  'Query.followUpReports': 100,
  'Checkpoint.reports': 4,
  'CohortMember.reports': 2,
  'FollowUpReport.goalAssessments': 10,
  'FollowUpReport.reviews': 3,
  'ReportSnapshot.indicators': 20,
  'SnapshotIndicator.values': 30,
  'SnapshotIndicator.targets': 3,
  'SnapshotIndicator.progressByGender': 2,
  // Reminders: a cohort's waiting ones (meetings × 2, reports × 4, values) and those sent lately (at most 100
  // are answered); one preference per kind.
  'Cohort.upcomingReminders': 60,
  'User.reminderPreferences': 7,
  'Mutation.setReminderPreference': 7,
  'LearningExample.organizations': 3,
  'LearningExample.contacts': 5,
  'LearningExample.furtherReading': 5,
  // The controlled vocabularies, the origin kinds, the län and the start years.
  'ExampleFacets.subjects': 20,
  'ExampleFacets.activityAreas': 30,
  'ExampleFacets.originKinds': 3,
  'ExampleFacets.counties': 21,
  'ExampleFacets.startYears': 20,
};

export interface CostOptions {
  /** The request's variables as sent (they are coerced here the way execution will). */
  variables?: Record<string, unknown> | null;
}

/**
 * The cost of one operation of `document` (the named one, or the only one). Variables that do not
 * coerce make execution refuse the request anyway; they are costed as if absent (the worst case).
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, options: CostOptions = {}): number {
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return 0;
  // One error is enough to know the variables do not coerce (Apollo then refuses the request itself);
  // without a limit graphql-js would print the whole value once per bad field: quadratic on a hostile input.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], options.variables ?? {}, { maxErrors: 1 });
  const variables = 'coerced' in coerced && coerced.coerced ? coerced.coerced : {};
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const memo = new Map<string, number>();
  const onStack = new Set<string>();

  function selectionCost(selectionSet: SelectionSetNode, parentType: GraphQLNamedType, connectionSize: number | null): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(selection, parentType, connectionSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        if (type) total += selectionCost(selection.selectionSet, type, connectionSize);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        // A cycle of fragments is a validation error that stops the request before this runs.
        if (!fragment || !type || onStack.has(name)) continue;
        // Memoised: a fragment spread many times, in fragments spread many times, is costed once.
        const key = `${name}|${connectionSize ?? ''}`;
        let cost = memo.get(key);
        if (cost === undefined) {
          onStack.add(name);
          cost = selectionCost(fragment.selectionSet, type, connectionSize);
          onStack.delete(name);
          memo.set(key, cost);
        }
        total += cost;
      }
    }
    return total;
  }

  function fieldCost(node: FieldNode, parentType: GraphQLNamedType, connectionSize: number | null): number {
    // Introspection (`__schema`, `__type`; disabled in production) and `__typename` cost nothing here.
    if (node.name.value.startsWith('__')) return 0;
    if (!isObjectType(parentType) && !isInterfaceType(parentType)) return 0;
    const field = parentType.getFields()[node.name.value];
    if (!field) return 0;
    const named = getNamedType(field.type);
    if (!isCompositeType(named) || !node.selectionSet) return 0;
    const coordinate = `${parentType.name}.${field.name}`;
    const requested = pageArgument(field, node, variables);
    const isList = isListType(getNullableType(field.type));
    let size = 1;
    let childConnection: number | null = null;
    if (isList) {
      if (requested !== undefined) size = clampPage(requested, PAGE_CAPS[coordinate] ?? MAX_PAGE_SIZE);
      else if (connectionSize !== null && field.name === 'edges') size = connectionSize;
      else size = LIST_SIZES[coordinate] ?? DEFAULT_LIST_SIZE;
    } else if (requested !== undefined) {
      childConnection = clampPage(requested, PAGE_CAPS[coordinate] ?? MAX_PAGE_SIZE);
    }
    return size * (1 + selectionCost(node.selectionSet, named, childConnection));
  }

  return selectionCost(operation.selectionSet, rootType, null);
}

/**
 * The value of the field's paging argument (literal, variable or default): a number, null when the
 * field has one but it is null or cannot be read (assumed full), undefined when it has none.
 */
function pageArgument(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): number | null | undefined {
  const name = PAGE_ARGUMENTS.find((candidate) => field.args.some((arg) => arg.name === candidate));
  if (!name) return undefined;
  try {
    const value = getArgumentValues(field, node, variables)[name];
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}

function clampPage(requested: number | null, cap: number): number {
  if (requested === null) return cap;
  return Math.max(0, Math.min(Math.floor(requested), cap));
}

/** The rejection: before any resolver runs, a validation failure (HTTP 400) in Swedish. */
export function tooCostly(cost: number, limit: number): GraphQLError {
  return new GraphQLError(
    `Frågan är för kostsam att besvara: den beräknade kostnaden är ${Math.round(cost)}, högst ${limit} är tillåtet. ` +
      'Be om färre poster (first) eller färre nästlade fält.',
    { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost: Math.round(cost), maxCost: limit, http: { status: 400 } } },
  );
}

/**
 * Checks every operation's cost once it is parsed, validated and chosen, and before it executes: the
 * variables are known here (a validation rule does not see them, and Apollo caches validation per
 * query text).
 */
export function queryCostPlugin(limit = COST_LIMIT): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document, operation, schema }) {
          // Apollo resolves the operation before this hook; without one it has already refused the request.
          if (!operation) return Promise.resolve();
          const cost = operationCost(schema, document, operation, { variables: request.variables });
          if (cost > limit) return Promise.reject(tooCostly(cost, limit));
          return Promise.resolve();
        },
      });
    },
  };
}
