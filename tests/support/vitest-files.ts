/**
 * Which files vitest runs, and which of them need a module graph of their own (vitest.config.ts).
 * tests/unit/harness/vitest-isolation.test.ts keeps MOCKS_MODULES complete.
 */
export const TEST_FILES = ['tests/unit/**/*.test.ts', 'tests/simulator/**/*.test.ts', 'electron/**/*.test.ts']

/**
 * Test files that replace modules or globals (vi.mock, vi.doMock, vi.stubGlobal, vi.stubEnv). The
 * other files share their fork's modules from one file to the next; vitest 4.1 keeps a mocked module's
 * importers cached after the file ends, so a mock would reach later files of the same fork.
 */
export const MOCKS_MODULES = ['tests/unit/visitor-services/default-templates.test.ts']
