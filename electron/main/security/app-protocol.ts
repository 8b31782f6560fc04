import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { protocol } from 'electron'
import { APP_HOST, APP_SCHEME } from '../app/identity'
import { CONTENT_SECURITY_POLICY } from './csp'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wav': 'audio/wav',
}

/**
 * Must run before `app.ready`: makes `app://` a secure, standard origin (getUserMedia needs one).
 * `codeCache`: Chromium keeps V8's compiled code for the app's scripts as it does for http(s) (off for
 * custom schemes by default), so a start after the first skips compiling ~1 MB of script. The built
 * file names carry a content hash: an update's scripts are new entries, never a stale compile.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
    },
  ])
}

/**
 * Resolves a request path inside the renderer folder, or null when it would step outside it.
 * Throws URIError for a malformed percent-escape (`%E0%A4%A`); `serveAppRequest` answers 400 then.
 */
export function resolveAppPath(rendererDir: string, url: string): string | null {
  const u = new URL(url)
  if (u.host !== APP_HOST) return null
  const relative = decodeURIComponent(u.pathname === '/' ? '/index.html' : u.pathname)
  const full = normalize(join(rendererDir, relative))
  return full.startsWith(normalize(rendererDir) + sep) ? full : null
}

/** Serves the built renderer with the CSP header on every response. */
export async function serveAppRequest(rendererDir: string, request: Request): Promise<Response> {
  const headers = { 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' }
  let file: string | null
  try {
    file = resolveAppPath(rendererDir, request.url)
  } catch {
    // A malformed escape is the caller's fault, not a missing file and not a crash in the handler.
    return new Response('Bad request', { status: 400, headers })
  }
  if (!file) return new Response('Not found', { status: 404, headers })
  try {
    const body = await readFile(file)
    return new Response(body, {
      status: 200,
      headers: { ...headers, 'content-type': MIME[extname(file)] ?? 'application/octet-stream' },
    })
  } catch {
    return new Response('Not found', { status: 404, headers })
  }
}

export function installAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request))
}
