/**
 * Process-wide state of the electron double: the link to the test process (when main runs under the
 * launcher) and what has been recorded. Without a link (vitest, `electron` aliased to the double) every
 * window operation succeeds locally, so main-process logic can be unit tested in plain Node.
 */
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRpcPeer, type RpcHandler, type RpcPeer } from '../rpc'
import { emptyRecordings, type Recordings } from '../recordings'

export interface HostLink {
  /** True when a test process owns the windows (pages in Chromium). */
  readonly attached: boolean
  call<T = unknown>(method: string, params?: unknown): Promise<T>
  handle(method: string, handler: RpcHandler): void
}

/** Answers for window operations when no test process is attached (unit tests). */
const detachedAnswers: Record<string, unknown> = {
  'window.load': { status: 200 },
  'window.content': '',
  // The smallest well-formed PDF, so callers that write the buffer to disk get a real file.
  'window.pdf': new Uint8Array(Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')),
}

function createLink(): HostLink {
  if (process.env.GATEHOUSE_HARNESS_CHILD === '1' && typeof process.send === 'function') {
    const peer: RpcPeer = createRpcPeer({
      send: (message) => process.send?.(message),
      onMessage: (listener) => process.on('message', listener),
    })
    process.on('disconnect', () => peer.closePending('the test process disconnected'))
    return { attached: true, call: (m, p) => peer.call(m, p), handle: (m, h) => peer.handle(m, h) }
  }
  const handlers = new Map<string, RpcHandler>()
  return {
    attached: false,
    call: async <T>(method: string) => detachedAnswers[method] as T,
    handle: (m, h) => void handlers.set(m, h),
  }
}

export const link: HostLink = createLink()

export const state = {
  recordings: emptyRecordings() as Recordings,
  nextWindowId: 1,
  nextWebContentsId: 1,
  root: process.env.GATEHOUSE_HARNESS_ROOT ?? '',
  /** Uncaught exceptions and unhandled rejections seen in main (main-host.ts fills it). */
  errors: [] as string[],
}

/** The per-launch temp root holding userData, home, temp... (created lazily in unit tests). */
export function harnessRoot(): string {
  if (!state.root) state.root = mkdtempSync(join(tmpdir(), 'gatehouse-double-'))
  return state.root
}

export function ensureDir(path: string): string {
  mkdirSync(path, { recursive: true })
  return path
}

export function resetRecordings(): void {
  state.recordings = emptyRecordings()
}

/** Strips what cannot cross a process boundary (functions, class instances become plain data). */
export function toPlain(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[too deep]'
  if (value === null || typeof value !== 'object') return typeof value === 'function' ? undefined : value
  if (value instanceof Uint8Array) return { bytes: value.byteLength }
  if (Array.isArray(value)) return value.map((v) => toPlain(v, depth + 1))
  const marker = (value as { harnessRecord?: () => unknown }).harnessRecord
  if (typeof marker === 'function') return marker.call(value)
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'function') continue
    out[k] = toPlain(v, depth + 1)
  }
  return out
}
