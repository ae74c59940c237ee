import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // The build tests run `astro build` in a temporary copy of the project.
    testTimeout: 120_000,
    // Vitest's default leaves one core free; on a 2-core machine that runs the files one after the
    // other, and the build tests (which wait on child processes) would hold up the rest.
    maxWorkers: 2,
    // One worker runs many files without a fresh module graph for each: starting one per file cost
    // about 0.4 s per file, 20 s of CPU per run. Safe here: no test mocks a module or stubs a global,
    // and the modules' own caches (fonts, term indexes) give the same answers to every file.
    isolate: false,
    hookTimeout: 120_000,
  },
});
