// Lint gate (npm run lint). The one project-specific rule: shared domain code
// in core/ must stay importable by the API, the worker and the browser alike,
// so it may not reach into any of them (STYLE.md habit 6).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'web/dist/**', '.data/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      // ignoreRestSiblings: `const { omitted, ...rest } = x` is how an object loses a field.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/**', '**/worker/**', '**/web/**', '**/tests/**'],
              message:
                'core/ is shared domain code: it may not import the API, worker, UI or tests.',
            },
          ],
        },
      ],
    },
  },
);
