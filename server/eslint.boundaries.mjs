// The architecture's import rules, enforced by ESLint so the boundaries cannot erode:
// - a module imports another module only through its index.ts (never its entities, queries
//   or services' files), so every write to a table goes through the module that owns it;
// - core/ and db/ sit below everything and import no module, graphql/, app or services;
// - graphql/ builds the schema from the module list it is handed, importing no module.
// test/unit/boundaries.test.ts proves a forbidden import fails.

const below = (what) => ({
  regex: `^(\\.\\./)+(${what})(/|$)`,
  message: 'core/ and db/ are the floor: they import no module, graphql/, app, services or cli.',
});

export const boundaries = [
  {
    files: ['src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\.)[^/]+/.+',
              message:
                "Import another module only through its index.ts ('../<module>'): its entities and queries are its own.",
            },
            {
              regex: '^(\\.\\./)+(graphql|services|app|cli)(/|$)',
              message: 'Modules sit below graphql/, the composition root and the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/db/**/*.ts'],
    ignores: ['src/db/migrations/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [below('modules|graphql|services|app|cli|demo')] },
      ],
    },
  },
  {
    files: ['src/graphql/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(modules|services|app|cli)(/|$)',
              message: 'graphql/ builds the schema from the module list it is handed.',
            },
          ],
        },
      ],
    },
  },
];
