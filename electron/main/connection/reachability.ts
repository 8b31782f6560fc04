import net from 'node:net'
import { socketErrorToZkbio } from '../zkbio/transport/node-errors'
import type { ZkbioError } from '../zkbio/errors'

/** The host and port a server URL points at (default ports by scheme). */
export function hostAndPort(url: string): { host: string; port: number } {
  const parsed = new URL(url)
  const host = parsed.hostname.replace(/^\[|\]$/g, '')
  const port = Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80))
  return { host, port }
}

/** Opens and closes a TCP connection: does anything listen there? Sends nothing, so no token. */
export function checkReachable(url: string, timeoutMs = 5000): Promise<ZkbioError | null> {
  const { host, port } = hostAndPort(url)
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    const done = (result: ZkbioError | null) => {
      clearTimeout(timer)
      socket.destroy()
      resolve(result)
    }
    const timer = setTimeout(() => {
      const err = Object.assign(new Error(`no answer from ${host}:${port} within ${timeoutMs} ms`), {
        code: 'ETIMEDOUT',
      })
      done(socketErrorToZkbio(err, '(reachability)'))
    }, timeoutMs)
    socket.once('connect', () => done(null))
    socket.once('error', (err) => done(socketErrorToZkbio(err, '(reachability)')))
  })
}
