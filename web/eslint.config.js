import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist', 'src/graphql/generated', 'playwright-report', 'test-results', 'scripts']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs['recommended-latest']],
    rules: {
      // Queries are refetched by their documents (see src/lib/useRefetchingMutation.ts): an
      // operation name in a string is not checked, so a renamed query would leave a page stale.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "Property[key.name='refetchQueries'] > ArrayExpression > :matches(Literal, TemplateLiteral)",
          message: 'Refetch by the query document, not by operation name.',
        },
        {
          selector:
            "CallExpression[callee.property.name='refetchQueries'] Property[key.name='include'] > ArrayExpression > :matches(Literal, TemplateLiteral)",
          message: 'Refetch by the query document, not by operation name.',
        },
      ],
    },
  },
  {
    // This file is plain JavaScript outside the TypeScript project.
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
