import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // The build tests run `astro build` in a temporary copy of the project.
    testTimeout: 120_000,
    // Vitest's default leaves one core free; on a 2-core machine that runs the files one after the
    // other, and the build tests (which wait on child processes) would hold up the rest.
    maxWorkers: 2,
    hookTimeout: 120_000,
  },
});
