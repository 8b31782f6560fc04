import { parseArgs } from 'node:util'
import { startSimulator } from './index.ts'
import { isPortInUse, portInUseMessage } from './port-in-use.ts'

// npx tsx tests/simulator/cli.ts --port 8098 --token X --seed 1 --size standard|scale --rate 0.5 --https --time-speed 1

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '8098' },
    token: { type: 'string', default: 'gatehouse-sim-token' },
    seed: { type: 'string', default: '1' },
    size: { type: 'string', default: 'standard' },
    rate: { type: 'string' },
    https: { type: 'boolean', default: false },
    'time-speed': { type: 'string', default: '1' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
})

if (values.help) {
  console.log(`ZKBio CVSecurity simulator
  --host 127.0.0.1      address to listen on
  --port 8098           port (0 picks a free one)
  --token X             API token expected in access_token (default gatehouse-sim-token)
  --seed 1              seed of the generated site and scenario
  --size standard       standard (40 doors, 300 persons) or scale (1,000 doors, 50,000 persons)
  --rate 0.5            scenario events per second (default 0.5; 50 with --size scale; 0 = quiet site)
  --https               serve HTTPS with a self-signed certificate made at start
  --time-speed 1        simulated clock speed factor`)
  process.exit(0)
}

const size = values.size === 'scale' ? 'scale' : values.size === 'standard' ? 'standard' : undefined
if (!size) {
  console.error(`--size must be standard or scale, not '${values.size}'`)
  process.exit(2)
}
const numberOption = (name: string, text: string | undefined, fallback: number) => {
  if (text === undefined) return fallback
  const n = Number(text)
  if (!Number.isFinite(n) || n < 0) {
    console.error(`--${name} must be a number >= 0, not '${text}'`)
    process.exit(2)
  }
  return n
}

const port = numberOption('port', values.port, 8098)
const sim = await startSimulator({
  host: values.host,
  port,
  token: values.token,
  seed: numberOption('seed', values.seed, 1),
  size,
  eventRate: numberOption('rate', values.rate, size === 'scale' ? 50 : 0.5),
  https: values.https,
  timeSpeed: numberOption('time-speed', values['time-speed'], 1) || 1,
}).catch((error: unknown) => {
  if (!isPortInUse(error)) throw error
  console.error(portInUseMessage(port, `npm run simulator -- --port ${port + 1}`))
  process.exit(1)
})

const snapshot = sim.core.state
console.log(`ZKBio CVSecurity simulator listening on ${sim.url}`)
console.log(`  API:      ${sim.url}/api/...?access_token=${sim.token}`)
console.log(`  token:    ${sim.token}`)
if (sim.fingerprint256) console.log(`  SHA-256:  ${sim.fingerprint256}`)
console.log(`  control:  ${sim.url}/__sim/snapshot (no token)`)
console.log(
  `  site:     seed ${sim.core.seed}, ${size}: ${snapshot.doors.size} doors, ${snapshot.gates.size} gates, ${snapshot.persons.size} persons; ` +
    `${sim.core.scenario.rate} events/s; started in ${sim.startupMs.toFixed(0)} ms`,
)

const stop = async () => {
  await sim.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
