// `npm run harness`: opens the real Gatehouse (built main, preload and renderer) in a HEADED Chromium
// through the test harness, for machines without an Electron binary. Builds first when out/ is stale,
// starts the bundled ZKBio simulator (unless --no-simulator) and keeps running until the window is
// closed or Ctrl+C.
//
//   node scripts/harness.mjs [--no-simulator] [--headless] [--check] [--user-data DIR] [--fresh]
//     --headless   no visible window (e.g. to try the script on a server)
//     --check      open, print what loaded, and exit (a smoke check of this script)
//     --user-data  where main keeps settings between runs (default .tmp/harness-user-data)
//     --fresh      a throw-away userData dir
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)))
const args = process.argv.slice(2)
const flag = (name) => args.includes(name)
const valueOf = (name) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const importTs = (path) => tsImport(join(repoRoot, path), import.meta.url)

const headless = flag('--headless') || flag('--check')
if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'No display to open a window on (DISPLAY is not set): run it in a desktop session, or `xvfb-run -a npm run harness`.',
  )
  process.exit(1)
}

const { ensureBuilt } = await importTs('tests/support/ensure-built.ts')
// GATEHOUSE_HARNESS_APP points at another, already built checkout.
if (!process.env.GATEHOUSE_HARNESS_APP) await ensureBuilt()

let simulator = null
if (!flag('--no-simulator') && existsSync(join(repoRoot, 'tests/simulator/index.ts'))) {
  const { startSimulator } = await importTs('tests/simulator/index.ts')
  const port = Number(process.env.GATEHOUSE_SIM_PORT ?? 0)
  simulator = await startSimulator({ port, eventRate: 0.5, quiet: true })
  console.log(`ZKBio simulator: ${simulator.url} (token ${simulator.token})`)
}

const { launchGatehouse } = await importTs('tests/harness/launcher.ts')
const { closeSharedBrowsers } = await importTs('tests/harness/browser-pool.ts')
const userDataDir = flag('--fresh')
  ? undefined
  : resolve(valueOf('--user-data') ?? join(repoRoot, '.tmp/harness-user-data'))

const app = await launchGatehouse({
  headless,
  env: { GATEHOUSE_LOG: process.env.GATEHOUSE_LOG ?? 'info' },
  ...(userDataDir ? { userDataDir } : {}),
  ...(simulator ? { simulatorUrl: simulator.url, simulatorToken: simulator.token } : {}),
  inheritOutput: true,
})

let stopping = false
async function stop(code) {
  if (stopping) return
  stopping = true
  await app.close().catch(() => undefined)
  await simulator?.close().catch(() => undefined)
  await closeSharedBrowsers()
  process.exit(code)
}
process.on('SIGINT', () => void stop(130))
process.on('SIGTERM', () => void stop(143))

if (flag('--check')) {
  const nav = await app.page.getByRole('navigation', { name: 'Main' }).innerText({ timeout: 15_000 })
  const info = await app.page.evaluate(() => window.gatehouse.app.info())
  console.log(
    `Gatehouse ${info.ok ? info.data.version : '?'} opened through the harness; shell: ${nav.replace(/\s+/g, ' ')}`,
  )
  await stop(0)
} else {
  console.log(
    `Gatehouse is open in Chromium (userData: ${app.userDataDir}). Close the window or press Ctrl+C to stop.`,
  )
  const { code } = await app.exited
  await stop(code ?? 0)
}
