// `npm start`: Gatehouse against the bundled ZKBio simulator, in one command.
//   npm start [-- --port 8099] [--check] [--user-data DIR]
// Installs node modules only when the lock file changed, builds only when a source changed, runs the
// simulator inside this process (so it always stops with us: any signal, any exit, even SIGKILL) on
// :8098 (or --port / GATEHOUSE_SIM_PORT), and opens Gatehouse with a ready "Simulator" server profile
// (GATEHOUSE_SIMULATOR_URL/TOKEN; honoured only by an unpackaged app, the token held in memory, never in
// the keychain). Without an Electron binary it says so in one line and opens the same app through the
// harness in a Chromium app window. --check: open, report the time to the first window, and quit.
import { spawn, spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { installedElectronBinary } from './electron-binary.mjs'

const started = performance.now()
const seconds = () => ((performance.now() - started) / 1000).toFixed(1)
const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)))
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.GATEHOUSE_SIM_PORT ?? '8098' },
    check: { type: 'boolean', default: false },
    'user-data': { type: 'string' },
  },
})
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not '${values.port}'.`)
  process.exit(2)
}
const token = process.env.GATEHOUSE_SIM_TOKEN ?? 'gatehouse-sim-token'

const deps = spawnSync('bash', [join(repoRoot, 'scripts/install-node-deps.sh')], { stdio: 'inherit' })
if (deps.status !== 0) process.exit(deps.status ?? 1)

// tsx is a dependency: import it only once node_modules is there.
const { tsImport } = await import('tsx/esm/api')
const importTs = (path) => tsImport(join(repoRoot, path), import.meta.url)
const { ensureBuilt } = await importTs('tests/support/ensure-built.ts')
await ensureBuilt()

const { startSimulator } = await importTs('tests/simulator/index.ts')
const { isPortInUse, portInUseMessage } = await importTs('tests/simulator/port-in-use.ts')
let simulator
try {
  simulator = await startSimulator({ host: '127.0.0.1', port, token, eventRate: 0.5, quiet: true })
} catch (error) {
  if (!isPortInUse(error)) throw error
  console.error(portInUseMessage(port, `npm start -- --port ${port + 1}`))
  process.exit(1)
}
console.log(`ZKBio simulator on ${simulator.url} (token ${simulator.token}).`)

const env = {
  ...process.env,
  GATEHOUSE_LOG: process.env.GATEHOUSE_LOG ?? 'info',
  GATEHOUSE_SIMULATOR_URL: simulator.url,
  GATEHOUSE_SIMULATOR_TOKEN: simulator.token,
}

let stopApp = async () => {}
let stopping = false
async function stop(code) {
  if (stopping) return
  stopping = true
  await stopApp().catch(() => undefined)
  await simulator.close().catch(() => undefined)
  process.exit(code)
}
process.on('SIGINT', () => void stop(130))
process.on('SIGTERM', () => void stop(143))
process.on('SIGHUP', () => void stop(129))

const electronBinary = installedElectronBinary(repoRoot)
if (electronBinary) {
  const app = spawn(electronBinary, [repoRoot], { stdio: 'inherit', env })
  stopApp = async () => {
    if (app.exitCode === null) app.kill('SIGTERM')
  }
  // Electron ends with its window; the simulator ends with it.
  app.on('exit', (code) => void stop(code ?? 0))
  process.on('exit', () => app.exitCode === null && app.kill('SIGTERM'))
} else {
  console.log(
    'No Electron binary is installed here; opening Gatehouse through the harness in a Chromium app window.',
  )
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error(
      'There is no display to open a window on: run it in a desktop session, or `xvfb-run -a npm start`.',
    )
    await stop(1)
  }
  const { launchGatehouse } = await importTs('tests/harness/launcher.ts')
  const app = await launchGatehouse({
    headless: false,
    appWindow: true,
    env,
    userDataDir: resolve(values['user-data'] ?? join(repoRoot, '.tmp/start-user-data')),
    simulatorUrl: simulator.url,
    simulatorToken: simulator.token,
    inheritOutput: true,
  })
  stopApp = () => app.close()
  console.log(`Gatehouse is open (${seconds()} s after start). Close its window or press Ctrl+C to stop.`)
  if (values.check) await stop(0)
  app.page.on('close', () => void stop(0))
  const { code } = await app.exited
  await stop(code ?? 0)
}
