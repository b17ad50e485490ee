// Shared by the unit and integration configs. swc transpiles (fast; decorator metadata on);
// type checking happens once in `npm run typecheck`, not per test file.
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@modellkommuner/shared$': '<rootDir>/libs/shared/src/index.ts',
    '^@modellkommuner/reference-data$': '<rootDir>/libs/reference-data/src/index.ts',
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};
