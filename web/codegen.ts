import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the committed schema (emitted from the server code), never a live server, so the
// output depends only on files in the repository and CI can diff it.
const config: CodegenConfig = {
  overwrite: true,
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: {
        // Avoids a `useFragment` that is not a React hook next to Apollo's real one.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        scalars: {
          DateTime: 'string',
          SafeInt: 'number',
          JSON: 'unknown',
        },
        defaultScalarType: 'unknown',
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
    // The cache's possibleTypes, so results of union type (issueReward, voidReward...) are
    // matched to their inline fragments without a hand-kept list.
    'src/graphql/generated/possibleTypes.ts': {
      plugins: ['./scripts/codegen-possible-types.cjs'],
    },
  },
  // Formatted like the rest of the code, so `prettier --write .` leaves the output unchanged.
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
