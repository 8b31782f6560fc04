import { Agent, request } from 'node:http'
import { parseArgs } from 'node:util'
import { reportFigure } from '../bench/support/figures.ts'
import { startSimulator, type RunningSimulator } from './index.ts'

// Loopback request rate of the simulator for a list endpoint and a state endpoint.
//   npx tsx tests/simulator/bench.ts [--seconds 5] [--connections 8] [--size standard|scale]
//   npx tsx tests/simulator/bench.ts --url http://127.0.0.1:8098 --token X   (a simulator already running)
// Without --url the simulator runs in this process (client and server share the CPU).

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '8' },
    size: { type: 'string', default: 'standard' },
    url: { type: 'string' },
    token: { type: 'string', default: 'gatehouse-sim-token' },
  },
})

const seconds = Math.min(60, Math.max(1, Number(values.seconds)))
const connections = Math.min(64, Math.max(1, Number(values.connections)))

interface Result {
  name: string
  requests: number
  errors: number
  rps: number
  p50: number
  p99: number
  bytes: number
}

async function run(base: string, token: string, name: string, path: string): Promise<Result> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections })
  const url = `${base}${path}${path.includes('?') ? '&' : '?'}access_token=${encodeURIComponent(token)}`
  const latencies: number[] = []
  let errors = 0
  let bytes = 0
  const deadline = performance.now() + seconds * 1000
  const one = () =>
    new Promise<void>((resolve) => {
      const t = performance.now()
      const req = request(url, { agent }, (res) => {
        res.on('data', (c: Buffer) => (bytes += c.length))
        res.on('end', () => {
          if (res.statusCode !== 200) errors++
          latencies.push(performance.now() - t)
          resolve()
        })
      })
      req.on('error', () => {
        errors++
        resolve()
      })
      req.end()
    })
  const worker = async () => {
    while (performance.now() < deadline) await one()
  }
  const t0 = performance.now()
  await Promise.all(Array.from({ length: connections }, worker))
  const elapsed = (performance.now() - t0) / 1000
  agent.destroy()
  latencies.sort((a, b) => a - b)
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0
  return {
    name,
    requests: latencies.length,
    errors,
    rps: latencies.length / elapsed,
    p50: q(0.5),
    p99: q(0.99),
    bytes: bytes / latencies.length,
  }
}

let sim: RunningSimulator | undefined
let base = values.url?.replace(/\/+$/, '')
let token = values.token
if (!base) {
  sim = await startSimulator({ port: 0, size: values.size === 'scale' ? 'scale' : 'standard', eventRate: 0 })
  base = sim.url
  token = sim.token
}

const cases: [string, string][] = [
  ['list   GET /api/v2/door/list (page of 100)', '/api/v2/door/list?pageNo=1&pageSize=100'],
  ['list   GET /api/v2/transaction/list (page of 100)', '/api/v2/transaction/list?pageNo=1&pageSize=100'],
  ['state  GET /api/door/allDoorState', `/api/door/allDoorState?timestamp=${Date.now()}`],
  ['state  GET /api/psgGate/allGateState', '/api/psgGate/allGateState'],
]

console.log(
  `simulator ${base} (${sim ? `in-process, ${values.size}` : 'external'}), ${connections} connections, ${seconds} s per endpoint`,
)
for (const [name, path] of cases) {
  const r = await run(base, token, name, path)
  console.log(
    `${r.name.padEnd(52)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  ` +
      `${(r.bytes / 1024).toFixed(1)} KB/answer  ${r.requests} requests, ${r.errors} errors`,
  )
  reportFigure(
    { name: `simulator ${r.name.replace(/\s+/g, ' ')}`, value: Math.round(r.rps), unit: 'req/s' },
    { quiet: true },
  )
}
await sim?.close()
