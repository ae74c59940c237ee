import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // The build tests run `astro build` in a temporary copy of the project.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
