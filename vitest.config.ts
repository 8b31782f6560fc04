import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { MOCKS_MODULES, TEST_FILES } from './tests/support/vitest-files'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/**
 * Unit tests run in plain Node with `electron` aliased to the harness's electron double, so
 * main-process modules can be imported and exercised as they are (see tests/harness/README.md).
 */
export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: [
      { find: /^electron$/, replacement: here('./tests/harness/electron-double/index.ts') },
      { find: /^@\//, replacement: here('./renderer/src/') },
      { find: /^@shared\//, replacement: here('./electron/shared/') },
    ],
  },
  test: {
    environment: 'node',
    // electron-store is ESM in node_modules and imports 'electron': inlined, so the alias to the
    // double applies to it too (otherwise it reaches the real electron package and throws).
    server: { deps: { inline: ['electron-store'] } },
    testTimeout: 20_000,
    hookTimeout: 120_000,
    teardownTimeout: 20_000,
    // Two cores on CI: one fork per core keeps simulator and harness tests from starving each other.
    pool: 'forks',
    // Main's logger writes every refused payload of the IPC fuzz (33,000 lines): printed only for a
    // test that fails, where it explains something.
    silent: 'passed-only',
    maxWorkers: 2,
    projects: [
      // A fork keeps its modules from one test file to the next instead of importing them again for
      // each of the 137 files: 134 -> 88 s on a quiet machine (imports 53 -> 11 s), every file passing
      // also in shuffled orders. None of these files mocks a module or leaves fake timers, globals or
      // environment changes behind (tests/unit/harness/vitest-isolation.test.ts).
      { extends: true, test: { name: 'unit', include: TEST_FILES, exclude: MOCKS_MODULES, isolate: false } },
      // A file that mocks modules gets its own module graph (see MOCKS_MODULES).
      { extends: true, test: { name: 'unit (mocks modules)', include: MOCKS_MODULES } },
    ],
  },
})
