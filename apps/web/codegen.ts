import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the web app, generated from the committed schema (not a live server) so CI
 * can regenerate and diff. Run from the repository root: `npm run codegen`.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**/*', '!apps/web/src/**/*.spec.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    // CODEGEN_OUT lets scripts/check-codegen.mjs generate into a scratch directory and compare.
    [process.env.CODEGEN_OUT ?? 'apps/web/src/gql/']: {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        scalars: { Date: 'string', DateTime: 'string' },
        strictScalars: true,
        skipTypename: false,
      },
    },
  },
};

export default config;
