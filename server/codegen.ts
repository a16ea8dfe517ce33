import type { CodegenConfig } from '@graphql-codegen/cli';

// The tests' GraphQL operations, typed from the committed schema (never a live server), so a
// test that asks for a field the API does not have, or reads an answer wrongly, fails to
// compile. Documents are written with `graphql(...)` from test/graphql/generated.
const config: CodegenConfig = {
  overwrite: true,
  schema: '../schema.graphql',
  documents: ['test/**/*.ts', '!test/graphql/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'test/graphql/generated/': {
      preset: 'client',
      // Answers carry every selected field, fragments included, as the server sends them.
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string', SafeInt: 'number', JSON: 'unknown' },
        defaultScalarType: 'unknown',
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
