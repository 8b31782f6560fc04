/**
 * `npm start` as a newcomer meets it (scripts/start.mjs, without an Electron binary: the harness path):
 * the simulator stops with it on any signal, and a taken port is one plain sentence, never a stack trace.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { harnessPaths } from '../harness/paths'

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as { port: number }
  await new Promise((r) => server.close(r))
  return port
}

function startScript(args: string[]): { child: ChildProcess; output: () => string; stderr: () => string } {
  let out = ''
  let err = ''
  const child = spawn(process.execPath, [join(harnessPaths.repoRoot, 'scripts/start.mjs'), ...args], {
    cwd: harnessPaths.repoRoot,
    env: { ...process.env, GATEHOUSE_LOG: 'quiet' },
  })
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()))
  return { child, output: () => out, stderr: () => err }
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((r) =>
    child.exitCode !== null ? r(child.exitCode) : child.on('exit', (c) => r(c)),
  )

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })
}

test('a port already in use is one plain sentence and exit 1', async () => {
  const blocker = createServer()
  await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r))
  const { port } = blocker.address() as { port: number }
  try {
    const run = startScript(['--port', String(port)])
    expect(await exitOf(run.child)).toBe(1)
    const lines = run.stderr().trim().split('\n')
    expect(lines).toEqual([
      `Port ${port} is already in use by another program (perhaps a simulator or Gatehouse still running). ` +
        `Stop it, or use another port: npm start -- --port ${port + 1}`,
    ])
    expect(run.stderr()).not.toMatch(/\n\s+at /)
  } finally {
    blocker.close()
  }
})

for (const signal of ['SIGTERM', 'SIGINT', 'SIGKILL'] as const) {
  test(`the simulator stops with npm start on ${signal}`, async () => {
    test.setTimeout(90_000)
    const port = await freePort()
    const userData = await mkdtemp(join(tmpdir(), 'gatehouse-npm-start-'))
    try {
      const run = startScript(['--port', String(port), '--user-data', userData])
      await expect.poll(run.output, { timeout: 60_000 }).toContain('Gatehouse is open')
      expect(await portAnswers(port)).toBe(true)
      run.child.kill(signal)
      await exitOf(run.child)
      await expect.poll(() => portAnswers(port), { timeout: 10_000 }).toBe(false)
    } finally {
      // The app's own child may still be writing its compile cache as it exits: retry a busy folder.
      await rm(userData, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
    }
  })
}
