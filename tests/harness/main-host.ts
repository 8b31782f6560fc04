/**
 * The main process under the harness: a Node child process with the electron double answering
 * `import 'electron'`. It installs the RPC handlers, runs the REAL built main bundle, then emits
 * `ready` (as Electron does after main's first run). Uncaught errors and unhandled rejections are
 * recorded (Electron's main keeps running after them; tests assert there were none).
 *
 * It imports the double through 'electron' itself, so it shares the one instance main gets.
 */
import { pathToFileURL } from 'node:url'
import * as electron from 'electron'
import type { harnessHost } from './electron-double/host-handlers'
import { installFastClock } from './fast-clock'

const { installHostHandlers, link, state, markReady } = (
  electron as unknown as { harnessHost: typeof harnessHost }
).harnessHost

const entry = process.env.GATEHOUSE_HARNESS_MAIN
if (!entry) throw new Error('GATEHOUSE_HARNESS_MAIN is not set')

// What Electron's main process looks like to code that sniffs it.
Object.defineProperty(process.versions, 'electron', {
  value: process.env.GATEHOUSE_HARNESS_ELECTRON_VERSION ?? '0.0.0',
  enumerable: true,
})
Object.defineProperty(process, 'type', { value: 'browser', enumerable: true })
Object.defineProperty(process, 'resourcesPath', { value: process.cwd(), enumerable: true })

const report = (kind: string) => (error: unknown) => {
  const text = `${kind}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
  state.errors.push(text)
  process.stderr.write(`[main] ${text}\n`)
  void link.call('host.error', text).catch(() => undefined)
}
process.on('uncaughtException', report('uncaughtException'))
process.on('unhandledRejection', report('unhandledRejection'))

// The test process went away (killed worker, Ctrl+C): Electron's windows would be gone, so is main.
process.on('disconnect', () => process.exit(0))

installHostHandlers()
if (process.env.GATEHOUSE_HARNESS_CLOCK) installFastClock(process.env.GATEHOUSE_HARNESS_CLOCK)
link.handle('host.errors', () => state.errors.slice())

await import(pathToFileURL(entry).href)
await link.call('host.started', { pid: process.pid })
markReady()
await link.call('host.ready')
