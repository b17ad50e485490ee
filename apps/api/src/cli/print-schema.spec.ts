import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchemaFromCode, printSortedSchema, resolverClasses } from './print-schema';

// schema:check and schema:generate must work on a machine with no database or Redis running: the schema
// is built from the resolvers' decorators alone. The integration tier checks that the running API serves
// this same file, so the two ways of building it cannot drift apart unnoticed.
describe('printing the schema without any service', () => {
  it('finds the resolvers of every feature module', () => {
    const names = resolverClasses().map((cls) => cls.name);
    expect(names).toEqual(expect.arrayContaining(['AuthResolver', 'CohortsResolver', 'LearningExamplesResolver', 'ExampleSearchResolver']));
    expect(new Set(names).size).toBe(names.length);
  });

  it('prints exactly the committed apps/api/schema.gql', async () => {
    const printed = printSortedSchema(await buildSchemaFromCode());
    const committed = readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8');
    expect(printed).toBe(committed);
  });
});
