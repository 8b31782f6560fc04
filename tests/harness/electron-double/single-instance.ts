/**
 * `app.requestSingleInstanceLock()` across real processes: two mains launched with the same userData
 * dir race for a lock file created with O_EXCL (as synchronous as Electron's call). The winner listens
 * on a unix socket; a loser sends its argv there (the winner's app emits 'second-instance') and gets
 * `false`. A lock left by a dead process is taken over, as Electron does with its SingletonLock.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs'
import { createConnection, createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { createHash } from 'node:crypto'
import { join } from 'node:path'

export interface SecondInstanceMessage {
  argv: string[]
  workingDirectory: string
  additionalData: unknown
}

let server: Server | null = null
let lockPath: string | null = null
const pendingNotifications: Promise<void>[] = []

function socketPathFor(userData: string): string {
  // Unix socket paths are limited to ~100 bytes, so the socket lives in tmp under a hash of userData.
  return join(tmpdir(), `gatehouse-si-${createHash('sha1').update(userData).digest('hex').slice(0, 16)}.sock`)
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function tryCreateLock(path: string): boolean {
  try {
    const fd = openSync(path, 'wx')
    writeSync(fd, String(process.pid))
    closeSync(fd)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    return false
  }
}

export function requestLock(
  userData: string,
  message: SecondInstanceMessage,
  onSecondInstance: (m: SecondInstanceMessage) => void,
): boolean {
  if (lockPath) return true
  const path = join(userData, 'SingletonLock.harness')
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreateLock(path)) {
      lockPath = path
      listen(socketPathFor(userData), onSecondInstance)
      return true
    }
    const owner = Number(readFileSync(path, 'utf8').trim())
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
      pendingNotifications.push(notify(socketPathFor(userData), message))
      return false
    }
    try {
      unlinkSync(path) // stale: its process is gone
    } catch {
      // someone else removed it first; retry
    }
  }
  return false
}

function listen(socketPath: string, onSecondInstance: (m: SecondInstanceMessage) => void): void {
  try {
    unlinkSync(socketPath)
  } catch {
    // no stale socket
  }
  server = createServer((socket) => {
    let text = ''
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => (text += chunk))
    socket.on('end', () => {
      try {
        onSecondInstance(JSON.parse(text) as SecondInstanceMessage)
      } catch {
        // not one of ours
      }
    })
  })
  server.listen(socketPath)
  server.unref()
}

function notify(socketPath: string, message: SecondInstanceMessage): Promise<void> {
  return new Promise((resolve) => {
    const socket = createConnection(socketPath, () => socket.end(JSON.stringify(message)))
    socket.on('close', () => resolve())
    socket.on('error', () => resolve())
  })
}

export function hasLock(): boolean {
  return lockPath !== null
}

/** Resolves once a losing instance has delivered its message (quit waits for it, as Electron does). */
export function flushNotifications(): Promise<void> {
  return Promise.all(pendingNotifications).then(() => undefined)
}

export function releaseLock(): void {
  if (server) {
    const address = server.address()
    server.close()
    server = null
    if (typeof address === 'string') {
      try {
        unlinkSync(address)
      } catch {
        // already gone
      }
    }
  }
  if (lockPath) {
    try {
      unlinkSync(lockPath)
    } catch {
      // already gone
    }
    lockPath = null
  }
}
