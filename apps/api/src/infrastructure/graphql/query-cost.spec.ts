import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  parse,
  specifiedRules,
  validate,
  visit,
} from 'graphql';
import { COST_LIMIT, DEFAULT_LIST_SIZE, LIST_SIZES, operationCost, PAGE_ARGUMENTS, PAGE_CAPS } from './query-cost';
import { queryArmor } from './query-armor';
import { MAX_RELATION_NESTING, relationNestingRule } from './relation-nesting';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const schema = buildSchema(readFileSync(join(ROOT, 'apps/api/schema.gql'), 'utf8'));

function only(document: DocumentNode): OperationDefinitionNode {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  expect(operations).toHaveLength(1);
  return operations[0];
}

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  expect(validate(schema, document)).toEqual([]);
  return operationCost(schema, document, only(document), { variables });
}

function nestingErrors(query: string): string[] {
  return validate(schema, parse(query), [...specifiedRules, relationNestingRule()]).map((error) => error.message);
}

/**
 * Every document the web app sends, as codegen found them: the keys of the generated
 * `apps/web/src/gql/gql.ts` (scripts/check-codegen.mjs keeps it current with the sources that
 * apps/web/codegen.ts names), so an operation added to the web is costed here the day it is added.
 */
function webDocuments(): { operations: OperationDefinitionNode[]; fragments: FragmentDefinitionNode[] } {
  const generated = readFileSync(join(ROOT, 'apps/web/src/gql/gql.ts'), 'utf8');
  const typesBlock = generated.slice(generated.indexOf('type Documents = {'), generated.indexOf('};', generated.indexOf('type Documents = {')));
  const sources = [...typesBlock.matchAll(/^\s*("(?:[^"\\]|\\.)*"): typeof types\.\w+,$/gm)].map((match) => JSON.parse(match[1]) as string);
  const definitions = sources.flatMap((source) => parse(source).definitions);
  return {
    operations: definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION),
    fragments: definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION),
  };
}

/** The worst the web can send: every Int variable (the page sizes among them) at the largest page. */
function worstVariables(operation: OperationDefinitionNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    let type = definition.type;
    while (type.kind !== Kind.NAMED_TYPE) type = type.type;
    if (type.name.value === 'Int') variables[definition.variable.name.value] = DEFAULT_LIST_SIZE;
  }
  return variables;
}

describe('the cost of a request', () => {
  it('counts objects, not scalars', () => {
    expect(cost('{ vocabularies { subjects activityAreas focusAreas } }')).toBe(1);
    expect(cost('{ me { id name organization { id name } } }')).toBe(2);
  });

  it('multiplies a list by its first, given as a literal or a variable, and defaults to the schema default', () => {
    const query = 'query($n: Int!) { searchLearningExamples(first: $n) { edges { node { id } } } }';
    // 1 for the result + n × (edge + node).
    expect(cost(query, { n: 10 })).toBe(1 + 10 * 2);
    expect(cost('{ searchLearningExamples(first: 10) { edges { node { id } } } }')).toBe(1 + 10 * 2);
    expect(cost('{ searchLearningExamples { edges { node { id } } } }')).toBe(1 + 20 * 2);
    // A page larger than the resolver serves costs what it would serve (the resolver refuses it anyway).
    expect(cost(query, { n: 100000 })).toBe(1 + 50 * 2);
    // Variables that do not coerce are costed as if absent (execution refuses them before any resolver).
    expect(cost(query, { n: 'many' })).toBe(1 + 20 * 2);
  });

  it('multiplies related by its first, at most the 10 it serves, and defaults to 3', () => {
    const query = 'query($n: Int!) { learningExample(slug: "x") { related(first: $n) { id } } }';
    expect(cost(query, { n: 5 })).toBe(1 + 5);
    expect(cost(query, { n: 1000 })).toBe(1 + PAGE_CAPS['LearningExample.related']);
    expect(cost('{ learningExample(slug: "x") { related { id related { id } } } }')).toBe(1 + 3 * (1 + 3));
  });

  it('uses fixed sizes for bounded lists and a full page for unknown ones', () => {
    expect(cost('{ learningExample(slug: "x") { organizations { id } } }')).toBe(1 + LIST_SIZES['LearningExample.organizations']);
    expect(cost('{ cohorts { id } }')).toBe(DEFAULT_LIST_SIZE);
  });

  it('costs fragments like inline selections, however often they are spread', () => {
    const inline = cost('{ searchLearningExamples(first: 5) { edges { node { id organizations { id } } } } }');
    const spread = cost('query { searchLearningExamples(first: 5) { edges { node { ...F } } } } fragment F on LearningExample { id organizations { id } }');
    expect(spread).toBe(inline);
  });

  it('walks a fragment once however often it is spread (ten levels of ten spreads are 10^10 paths)', () => {
    const levels = Array.from({ length: 10 }, (_, i) =>
      i < 9 ? `fragment F${i} on LearningExample { ${Array.from({ length: 10 }, () => `...F${i + 1}`).join(' ')} }` : `fragment F9 on LearningExample { organizations { id } }`,
    );
    const document = parse(`query { learningExample(slug: "x") { ...F0 } } ${levels.join(' ')}`);
    const started = Date.now();
    expect(operationCost(schema, document, only(document))).toBe(1 + 10 ** 9 * LIST_SIZES['LearningExample.organizations']);
    expect(validate(schema, document, [relationNestingRule()])).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses the amplification attack of issue 14 by cost as well as by nesting', () => {
    let selection = 'slug title';
    for (let level = 0; level < 6; level += 1) selection = `slug related { ${level === 4 ? `a: related { ${selection} } b: related { ${selection} } c: related { ${selection} }` : selection} }`;
    const attack = `{ searchLearningExamples(first: 50) { edges { node { ${selection} } } } }`;
    expect(operationCost(schema, parse(attack), only(parse(attack)))).toBeGreaterThan(COST_LIMIT);
    expect(nestingErrors(attack).join(' ')).toMatch(/LearningExample\.related får nästlas i högst 2 nivåer/);
  });

  it('keeps every table entry pointing at a real list field, and every page cap at a paged one', () => {
    for (const coordinate of Object.keys(LIST_SIZES)) {
      const [typeName, fieldName] = coordinate.split('.');
      const type = schema.getType(typeName);
      const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
      expect({ coordinate, list: field ? isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type)) : false }).toEqual({ coordinate, list: true });
    }
    for (const coordinate of Object.keys(PAGE_CAPS)) {
      const [typeName, fieldName] = coordinate.split('.');
      const type = schema.getType(typeName);
      const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
      expect({ coordinate, paged: field?.args.some((arg) => (PAGE_ARGUMENTS as readonly string[]).includes(arg.name)) ?? false }).toEqual({ coordinate, paged: true });
    }
  });
});

describe('self-nesting relations', () => {
  it(`allow ${MAX_RELATION_NESTING} levels of related and refuse a third, through fragments too`, () => {
    expect(nestingErrors('{ learningExample(slug: "x") { related { related { id } } } }')).toEqual([]);
    expect(nestingErrors('{ learningExample(slug: "x") { related { related { related { id } } } } }')).toEqual([
      'Relationen LearningExample.related får nästlas i högst 2 nivåer; frågan har 3.',
    ]);
    expect(
      nestingErrors('{ learningExample(slug: "x") { ...A } } fragment A on LearningExample { related { ...B } } fragment B on LearningExample { related { ... on LearningExample { related { id } } } }'),
    ).toHaveLength(1);
  });

  it('counts a cycle through other types too (cohort → members → cohort …)', () => {
    expect(nestingErrors('{ cohort(id: "1") { members { cohort { members { id } } } } }')).toEqual([]);
    expect(nestingErrors('{ cohort(id: "1") { members { cohort { members { cohort { members { id } } } } } } }').join(' ')).toMatch(/Cohort\.members/);
  });
});

describe('every operation the web app sends', () => {
  const { operations, fragments } = webDocuments();
  const fragmentsByName = new Map(fragments.map((f) => [f.name.value, f]));

  /** The operation with the fragments it spreads (transitively), as the web sends it. */
  function documentOf(operation: OperationDefinitionNode): DocumentNode {
    const needed = new Map<string, FragmentDefinitionNode>();
    const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const fragment = fragmentsByName.get(spread.name.value);
          if (fragment && !needed.has(fragment.name.value)) {
            needed.set(fragment.name.value, fragment);
            collect(fragment);
          }
        },
      });
    collect(operation);
    return { kind: Kind.DOCUMENT, definitions: [operation, ...needed.values()] };
  }

  const costs = operations.map((operation) => {
    const document = documentOf(operation);
    return { name: operation.name?.value ?? '(anonymous)', document, cost: operationCost(schema, document, operation, { variables: worstVariables(operation) }) };
  });

  it('finds them (the search, the example page, the cohort page …)', () => {
    expect(costs.length).toBeGreaterThan(30);
    expect(costs.map((c) => c.name)).toEqual(expect.arrayContaining(['LibrarySearch', 'LibraryExample', 'Cohort', 'Cohorts', 'AuditLog']));
  });

  it.each(costs.map((c) => [c.name, c] as const))('%s is valid, nests no relation too deep and costs well under the limit', (_name, { document, cost: value }) => {
    // Armor's checks too (depth, aliases, directives), as production runs them: a document the API refuses
    // would only show as "Något gick fel" in the browser.
    const armor = queryArmor(true).protect().validationRules;
    expect(validate(schema, document, [...specifiedRules, relationNestingRule(), ...armor]).map((e) => e.message)).toEqual([]);
    expect(value).toBeLessThanOrEqual(COST_LIMIT / 2);
  });

  it('prints the figures', () => {
    const sorted = [...costs].sort((a, b) => b.cost - a.cost);
    console.log(`web operations' cost (limit ${COST_LIMIT}), most expensive first:\n${sorted.map((c) => `  ${c.name}: ${c.cost}`).join('\n')}`);
    expect(sorted[0].cost).toBeGreaterThan(0);
  });
});
