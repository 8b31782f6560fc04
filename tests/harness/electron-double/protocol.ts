/**
 * `protocol` of the double. Chromium cannot load a custom scheme, so every origin main serves through
 * `protocol.handle(scheme, ...)` (e.g. app://gatehouse) gets a loopback HTTP server; each request to
 * it becomes a `Request` for the app:// URL handed to MAIN'S OWN handler, and the handler's `Response`
 * (status, headers incl. CSP, body) is what the page receives. `origins` translates URLs both ways so
 * main only ever sees app:// URLs.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { appState } from './app-state'
import { state } from './runtime'

export type ProtocolHandler = (request: Request) => Response | Promise<Response>

const handlers = new Map<string, ProtocolHandler>()
const servers = new Map<string, { server: Server; httpOrigin: string }>()
/**
 * A loopback server started with the double, listening long before main loads its first page, and
 * given to the first custom origin served: that first loadURL then reaches Chromium in the same turn,
 * as in Electron, instead of waiting for main's next free moment (start-up keeps main busy).
 */
let spare: OriginServer | null = null

interface OriginServer {
  server: Server
  /** The app origin it serves, set when an origin takes it. */
  origin: string | null
  httpOrigin: string | null
  listening: Promise<void>
}

function schemeOf(url: string): string {
  return url.slice(0, url.indexOf(':')).toLowerCase()
}

function customOrigin(url: string): string | null {
  try {
    const u = new URL(url)
    if (u.protocol === 'http:' || u.protocol === 'https:' || !u.host) return null
    return `${u.protocol}//${u.host}`
  } catch {
    return null
  }
}

/** URL translation between what main sees (app://gatehouse/x) and what Chromium loads (http://127.0.0.1:P/x). */
export const origins = {
  toApp(browserUrl: string): string {
    for (const [appOrigin, { httpOrigin }] of servers) {
      if (browserUrl === httpOrigin || browserUrl.startsWith(httpOrigin + '/')) {
        return appOrigin + browserUrl.slice(httpOrigin.length)
      }
    }
    return browserUrl
  },
  toBrowser(appUrl: string): string {
    const origin = customOrigin(appUrl)
    const entry = origin ? servers.get(origin) : undefined
    return entry ? entry.httpOrigin + appUrl.slice(origin!.length) : appUrl
  },
  /**
   * The browser URL to load for `appUrl` at once, when its origin needs no server or has one listening
   * (its own, or the spare); null when one must be started first (`serve`).
   */
  serveNow(appUrl: string): string | null {
    const origin = customOrigin(appUrl)
    if (!origin) return appUrl
    if (servers.has(origin)) return origins.toBrowser(appUrl)
    const ready = spare
    if (!handlers.has(schemeOf(appUrl)) || !ready?.httpOrigin) return null
    spare = null
    ready.origin = origin
    servers.set(origin, { server: ready.server, httpOrigin: ready.httpOrigin })
    return origins.toBrowser(appUrl)
  },
  /** Starts (once) the loopback server for a custom-scheme URL; returns the browser URL to load. */
  async serve(appUrl: string): Promise<string> {
    const origin = customOrigin(appUrl)
    if (!origin) return appUrl
    if (!handlers.has(schemeOf(appUrl))) {
      throw Object.assign(new Error(`ERR_UNKNOWN_URL_SCHEME (-302) loading '${appUrl}'`), {
        code: 'ERR_UNKNOWN_URL_SCHEME',
        errno: -302,
        url: appUrl,
      })
    }
    const now = origins.serveNow(appUrl)
    if (now !== null) return now
    if (!servers.has(origin)) {
      const started = startOriginServer(origin)
      await started.listening
      servers.set(origin, { server: started.server, httpOrigin: started.httpOrigin! })
    }
    return origins.toBrowser(appUrl)
  },
  async closeAll(): Promise<void> {
    const all = [...servers.values(), ...(spare ? [spare] : [])]
    servers.clear()
    spare = null
    await Promise.all(all.map(({ server }) => new Promise<void>((r) => server.close(() => r()))))
  },
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

async function answer(origin: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = origin + (req.url ?? '/')
  const handler = handlers.get(schemeOf(url))
  const headers = new Headers()
  for (const [k, v] of Object.entries(req.headers)) {
    if (typeof v === 'string') headers.set(k, v)
    else if (Array.isArray(v)) headers.set(k, v.join(', '))
  }
  headers.delete('host')
  const body = await readBody(req)
  const request = new Request(url, {
    method: req.method ?? 'GET',
    headers,
    ...(body ? { body: new Uint8Array(body) } : {}),
  })
  let response: Response
  try {
    if (!handler) throw new Error(`no handler for ${url}`)
    response = await handler(request)
    if (!(response instanceof Response)) throw new Error('the protocol handler did not return a Response')
  } catch (error) {
    // Electron turns a failing handler into a network error (net::ERR_FAILED); so do we.
    process.stderr.write(`[electron-double] protocol handler failed for ${url}: ${String(error)}\n`)
    res.destroy()
    return
  }
  const outHeaders: Record<string, string> = {}
  response.headers.forEach((value, key) => {
    outHeaders[key] = key === 'location' ? origins.toBrowser(value) : value
  })
  state.recordings.protocolRequests.push({
    url,
    method: request.method,
    status: response.status,
    headers: outHeaders,
  })
  res.writeHead(response.status, outHeaders)
  if (!response.body || req.method === 'HEAD') {
    res.end()
    return
  }
  Readable.fromWeb(response.body as import('node:stream/web').ReadableStream).pipe(res)
}

function startOriginServer(origin: string | null): OriginServer {
  const entry: OriginServer = {
    server: createServer((req, res) => {
      if (!entry.origin) {
        res.destroy()
        return
      }
      answer(entry.origin, req, res).catch((error: unknown) => {
        process.stderr.write(`[electron-double] ${String(error)}\n`)
        res.destroy()
      })
    }),
    origin,
    httpOrigin: null,
    listening: Promise.resolve(),
  }
  entry.listening = new Promise((resolve, reject) => {
    entry.server.once('error', reject)
    entry.server.listen(0, '127.0.0.1', () => {
      const { port } = entry.server.address() as AddressInfo
      entry.server.unref()
      entry.httpOrigin = `http://127.0.0.1:${port}`
      resolve()
    })
  })
  // A spare that fails to listen is simply not used (serve starts one when it is needed).
  entry.listening.catch(() => undefined)
  return entry
}

export interface CustomScheme {
  scheme: string
  privileges?: Record<string, boolean>
}

export const protocol = {
  registerSchemesAsPrivileged(customSchemes: CustomScheme[]): void {
    if (appState.ready) {
      throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
    }
    state.recordings.privilegedSchemes.push(...structuredClone(customSchemes))
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    if (handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`)
    handlers.set(scheme, handler)
  },
  unhandle(scheme: string): void {
    if (!handlers.delete(scheme)) throw new Error(`Failed to unhandle protocol: ${scheme}`)
  },
  isProtocolHandled(scheme: string): Promise<boolean> {
    return Promise.resolve(handlers.has(scheme))
  },
}

/** For unit tests: serve an app:// request through main's registered handler without a browser. */
export async function fetchAppUrl(url: string, init?: RequestInit): Promise<Response> {
  const handler = handlers.get(schemeOf(url))
  if (!handler) throw new Error(`No protocol.handle for '${schemeOf(url)}'`)
  return handler(new Request(url, init))
}

export function resetProtocol(): void {
  handlers.clear()
}

spare = startOriginServer(null)
