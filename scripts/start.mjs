// `npm start`: the app against the bundled ZKBio simulator. Builds, starts the simulator on :8098, and
// opens Gatehouse with a ready "Simulator" server profile (GATEHOUSE_SIMULATOR_URL/TOKEN; honoured only
// by an unpackaged app, the token held in memory, never written to the keychain). Without an Electron binary it says so in one line and opens the same app
// through the harness in Chromium.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const port = process.env.GATEHOUSE_SIM_PORT ?? '8098'
const token = process.env.GATEHOUSE_SIM_TOKEN ?? 'gatehouse-sim-token'
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

run('bash', ['scripts/install-node-deps.sh'])
run('npx', ['electron-vite', 'build', '--logLevel', 'warn'])

const simulator = spawn('npx', ['tsx', 'tests/simulator/cli.ts', '--port', port, '--token', token], {
  stdio: ['ignore', 'inherit', 'inherit'],
})
const stopSimulator = () => simulator.kill('SIGTERM')
process.on('exit', stopSimulator)
process.on('SIGINT', () => process.exit(130))
process.on('SIGTERM', () => process.exit(143))

const serverUrl = `http://127.0.0.1:${port}`
for (let i = 0; i < 100; i++) {
  try {
    await fetch(`${serverUrl}/__sim/snapshot`)
    break
  } catch {
    await new Promise((r) => setTimeout(r, 100))
  }
}

const env = {
  ...process.env,
  GATEHOUSE_SIMULATOR_URL: serverUrl,
  GATEHOUSE_SIMULATOR_TOKEN: token,
}

let electronBinary = null
try {
  electronBinary = require('electron')
} catch {
  electronBinary = null
}

const app =
  typeof electronBinary === 'string' && existsSync(electronBinary)
    ? spawn(electronBinary, ['.'], { stdio: 'inherit', env })
    : (console.log(
        'No Electron binary is installed here; opening Gatehouse through the harness in Chromium.',
      ),
      spawn('node', ['scripts/harness.mjs', '--no-simulator'], { stdio: 'inherit', env }))
app.on('exit', (code) => process.exit(code ?? 0))
