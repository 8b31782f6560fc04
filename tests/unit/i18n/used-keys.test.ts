/** Every literal key the code passes to t()/translate() exists in the English messages. */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { messageFor } from '../../../electron/shared/i18n/translate'

const ROOTS = ['../../../renderer/src', '../../../electron/main'].map((r) => join(__dirname, r))

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(vue|ts)$/.test(e.name) ? [join(dir, e.name)] : [],
  )
}

describe('keys used in code exist', () => {
  it('every t(…)/translate(…) with a literal key names an English message', () => {
    const unknown: string[] = []
    let count = 0
    for (const file of ROOTS.flatMap(sources)) {
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/\b(?:t|translate)\(\s*'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)) {
        count++
        if (messageFor('en', m[1]!) === null)
          unknown.push(`${relative(join(__dirname, '../../..'), file)}: ${m[1]}`)
      }
    }
    expect(count).toBeGreaterThan(50)
    expect(unknown).toEqual([])
  })
})
