/**
 * Most test files share their fork's modules (vitest.config.ts, `isolate: false`). That is safe only
 * for files that leave nothing behind: this keeps every file that replaces a module or a global in
 * MOCKS_MODULES (its own module graph), and every file that fakes timers restoring them.
 */
import { readFileSync } from 'node:fs'
import { glob } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { harnessPaths } from '../../harness/paths'
import { MOCKS_MODULES, TEST_FILES } from '../../support/vitest-files'

const root = harnessPaths.repoRoot
async function testFiles(): Promise<string[]> {
  const files: string[] = []
  for (const pattern of TEST_FILES) {
    for await (const file of glob(pattern, { cwd: root })) files.push(file)
  }
  return files.sort()
}
const source = (file: string) => readFileSync(`${root}/${file}`, 'utf8')

describe('test files that share modules', () => {
  it('every file that replaces a module, a global or the environment has a module graph of its own', async () => {
    const files = await testFiles()
    expect(files.length).toBeGreaterThan(100)
    const replacing = files.filter((file) => /\bvi\.(mock|doMock|stubGlobal|stubEnv)\(/.test(source(file)))
    expect(replacing.sort()).toEqual([...MOCKS_MODULES].sort())
  })

  it('every file that fakes timers gives the real ones back', async () => {
    const faking = (await testFiles()).filter((file) => /\bvi\.useFakeTimers\(/.test(source(file)))
    expect(faking.length).toBeGreaterThan(0)
    expect(faking.filter((file) => !/\bvi\.useRealTimers\(/.test(source(file)))).toEqual([])
  })
})
