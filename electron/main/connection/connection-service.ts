/**
 * The link to the active ZKBio server. Builds the client from the active profile (URL, TLS trust)
 * and its token from the credential store, watches the link with a light health check that backs off
 * while the server is away, and tells the renderer (`connection.changed`) in plain words what is
 * going on and when it will try again. Features get the client from here and report how their calls
 * went, so a failing door poll can mark the link degraded before the next health check.
 */
import { runSafely } from '../app/safe-timer'
import type { CapabilitiesView, ConnectionStatus } from '../../shared/contract/connection'
import type { ServerProfile, Settings } from '../../shared/settings'
import { AppError } from '../app/app-error'
import type { CredentialService } from '../credentials/credential-service'
import { createLogger } from '../log'
import { ZkbioError } from '../zkbio/errors'
import type { CapabilitySnapshot } from '../zkbio/capabilities'
import { capabilitySummary, toCapabilityViews } from './capabilities-view'
import { plainError } from './explain'
import { translate } from '../i18n'
import type { ZkbioClient } from '../zkbio/client'
import {
  createServerLink,
  type ConnectionClient,
  type ServerLink,
  type ServerLinkFactory,
} from './server-link'

const log = createLogger('connection')

export interface ConnectionTiming {
  /** Between health checks while all is well. */
  healthIntervalMs: number
  /** First retry delay after a failure; doubles up to `maxRetryMs`. */
  baseRetryMs: number
  maxRetryMs: number
  /** Health check timeout. */
  checkTimeoutMs: number
}

export const DEFAULT_TIMING: ConnectionTiming = {
  healthIntervalMs: 30_000,
  baseRetryMs: 2_000,
  maxRetryMs: 60_000,
  checkTimeoutMs: 10_000,
}

export interface ConnectionServiceDeps {
  settings: { get(): Settings; onChange(listener: (s: Settings) => void): () => void }
  credentials: Pick<CredentialService, 'getToken' | 'recheck'>
  createLink?: ServerLinkFactory
  timing?: Partial<ConnectionTiming>
  random?: () => number
}

export interface ConnectionService {
  current(): ConnectionStatus
  /** The call engine of the active server's client, or AppError('NOT_CONFIGURED'). */
  client(): ConnectionClient
  /** The typed client (client.door.listV2(...)) on the same engine, or AppError('NOT_CONFIGURED'). */
  api(): ZkbioClient
  capabilities(): CapabilitiesView
  /** A feature's call to the server succeeded. */
  reportSuccess(): void
  /** A feature's call failed; connection-level failures change the status. */
  reportFailure(error: unknown): void
  /** Health check now (the "Retry now" button); resolves with the new status. */
  checkNow(): Promise<ConnectionStatus>
  /** Rebuild the link (profile or token changed). */
  reload(): Promise<ConnectionStatus>
  onChange(listener: (status: ConnectionStatus) => void): () => void
  onCapabilitiesChange(listener: (view: CapabilitiesView) => void): () => void
  start(): Promise<ConnectionStatus>
  stop(): void
}

const UNCONFIGURED: ConnectionStatus = {
  state: 'unconfigured',
  profileName: null,
  serverUrl: null,
  lastError: null,
  lastSuccessAt: null,
  nextRetryAt: null,
  unreachableSince: null,
}

/** What makes a link different: a change in any of these rebuilds it. */
const linkKey = (p: ServerProfile | null): string =>
  p ? JSON.stringify([p.id, p.url, p.tls, p.serverUtcOffsetMinutes]) : 'none'

const activeProfile = (s: Settings): ServerProfile | null =>
  s.profiles.find((p) => p.id === s.activeProfileId) ?? null

/** Failures that say nothing about the link itself: the server answered. */
function isServerAnswer(error: unknown): boolean {
  return (
    error instanceof ZkbioError && ['server', 'validation', 'unsupported', 'aborted'].includes(error.kind)
  )
}

export function createConnectionService(deps: ConnectionServiceDeps): ConnectionService {
  const timing: ConnectionTiming = { ...DEFAULT_TIMING, ...deps.timing }
  const createLink = deps.createLink ?? createServerLink
  const random = deps.random ?? Math.random
  const listeners = new Set<(s: ConnectionStatus) => void>()
  const capabilityListeners = new Set<(v: CapabilitiesView) => void>()

  let status: ConnectionStatus = { ...UNCONFIGURED }
  let link: ServerLink | null = null
  let profile: ServerProfile | null = null
  let currentKey = 'none'
  /** Bumped on every reload: results of an older link's checks are ignored. */
  let generation = 0
  let failures = 0
  let timer: ReturnType<typeof setTimeout> | null = null
  let inFlight: Promise<ConnectionStatus> | null = null
  let capabilities: { snapshot: CapabilitySnapshot | null; detectedAt: string | null } = {
    snapshot: null,
    detectedAt: null,
  }
  let unsubscribeSettings: (() => void) | null = null
  let stopped = true

  /**
   * Now, to the second. The window shows the last answer to the second, and every request reports its
   * success (with the guard polling, several a second): a finer time made each of them a change sent
   * to the window, which woke the page to draw the same words again.
   */
  const successTime = () => new Date(Math.floor(Date.now() / 1000) * 1000).toISOString()
  const setStatus = (patch: Partial<ConnectionStatus>) => {
    const next = { ...status, ...patch }
    // "Server unreachable since hh:mm:ss": the moment it went offline, kept while it stays offline.
    next.unreachableSince =
      next.state !== 'offline'
        ? null
        : status.state === 'offline'
          ? status.unreachableSince
          : new Date().toISOString()
    if (JSON.stringify(next) === JSON.stringify(status)) return
    const before = status.state
    status = next
    if (before !== next.state)
      log.info('connection state changed', { from: before, to: next.state, error: next.lastError })
    for (const listener of listeners) listener(status)
  }

  const capabilitiesView = (): CapabilitiesView => ({
    profileId: profile?.id ?? null,
    detectedAt: capabilities.detectedAt,
    features: toCapabilityViews(capabilities.snapshot),
  })
  const setCapabilities = (snapshot: CapabilitySnapshot | null) => {
    capabilities = { snapshot, detectedAt: snapshot ? new Date().toISOString() : null }
    const view = capabilitiesView()
    for (const listener of capabilityListeners) listener(view)
  }

  const clearTimer = () => {
    if (timer) clearTimeout(timer)
    timer = null
  }
  /** Arms the next check; returns when, for `nextRetryAt` (callers set it with the state at once). */
  const armTimer = (delayMs: number): string | null => {
    clearTimer()
    if (stopped) return null
    const gen = generation
    timer = setTimeout(() => {
      timer = null
      if (gen === generation) runSafely('connection check', check)
    }, delayMs)
    timer.unref?.()
    return new Date(Date.now() + delayMs).toISOString()
  }
  const retryDelay = (attempt: number): number => {
    const cap = Math.min(timing.maxRetryMs, timing.baseRetryMs * 2 ** Math.max(0, attempt - 1))
    return Math.round(cap * (0.75 + random() * 0.5))
  }

  const check = (): Promise<ConnectionStatus> => {
    if (inFlight) return inFlight
    const current = link
    if (!current) return Promise.resolve(status)
    const gen = generation
    const run: Promise<ConnectionStatus> = (async () => {
      const abort = new AbortController()
      const guard = setTimeout(() => abort.abort(), timing.checkTimeoutMs)
      try {
        await current.ping(abort.signal)
        if (gen !== generation) return status
        failures = 0
        clearTimer()
        setStatus({
          state: 'online',
          lastError: null,
          lastSuccessAt: successTime(),
          nextRetryAt: null,
        })
        if (!capabilities.snapshot) {
          try {
            const snapshot = await current.detectCapabilities(abort.signal)
            if (gen === generation) {
              setCapabilities(snapshot)
              log.info(`server features detected. ${capabilitySummary(snapshot)}`)
            }
          } catch (error) {
            log.warn('could not detect the server features; will try at the next check', {
              error: plainError(error),
            })
          }
        }
        // Armed after detection: a timer firing while this check still runs would be swallowed.
        if (gen === generation) armTimer(timing.healthIntervalMs)
      } catch (error) {
        if (gen !== generation) return status
        failures += 1
        // A failed check is an unreachable server, said at once: a guard must not read "degraded" while
        // every request fails (the guard's own link judge decides from the door polls the same way).
        const state = 'offline'
        const nextRetryAt = armTimer(retryDelay(failures))
        setStatus({ state, lastError: plainError(error), nextRetryAt })
        log.warn('health check failed', { failures, error: plainError(error) })
      } finally {
        clearTimeout(guard)
      }
      return status
    })().finally(() => {
      if (inFlight === run) inFlight = null
    })
    inFlight = run
    return run
  }

  const closeLink = () => {
    clearTimer()
    link?.close()
    link = null
  }

  const load = async (): Promise<ConnectionStatus> => {
    generation += 1
    const gen = generation
    closeLink()
    // A check of the previous link may still be running; its answer no longer matters.
    inFlight = null
    failures = 0
    profile = activeProfile(deps.settings.get())
    currentKey = linkKey(profile)
    setCapabilities(null)
    if (!profile) {
      setStatus({ ...UNCONFIGURED })
      return status
    }
    const base = { profileName: profile.name, serverUrl: profile.url, lastSuccessAt: null, nextRetryAt: null }
    setStatus({ ...base, state: 'connecting', lastError: null })
    let token: string | null
    try {
      token = await deps.credentials.getToken(profile.id, { url: profile.url, tls: profile.tls })
    } catch (error) {
      if (gen !== generation) return status
      if (error instanceof AppError && error.code === 'TOKEN_NOT_FOR_SERVER') {
        // Never sent: the token belongs to another address or certificate. Waiting will not fix it.
        setStatus({ ...base, state: 'offline', lastError: error.message })
        return status
      }
      // No keychain: say why; look again later in case a keyring was started meanwhile.
      deps.credentials.recheck()
      retryLoad(gen)
      setStatus({
        ...base,
        state: 'offline',
        lastError: plainError(error),
        nextRetryAt: new Date(Date.now() + timing.maxRetryMs).toISOString(),
      })
      return status
    }
    if (gen !== generation) return status
    if (!token) {
      setStatus({
        ...base,
        state: 'offline',
        lastError: translate('server.connection.noToken'),
      })
      return status
    }
    try {
      link = createLink({
        url: profile.url,
        token,
        tls: profile.tls,
        serverUtcOffsetMinutes: profile.serverUtcOffsetMinutes,
      })
    } catch (error) {
      setStatus({ ...base, state: 'offline', lastError: plainError(error) })
      return status
    }
    return check()
  }

  /** While the token cannot be read, try loading again instead of pinging. */
  const retryLoad = (gen: number) => {
    clearTimer()
    if (stopped) return
    timer = setTimeout(() => {
      timer = null
      if (gen === generation) runSafely('connection load', load)
    }, timing.maxRetryMs)
    timer.unref?.()
  }

  const activeLink = (): ServerLink => {
    if (!link) {
      throw new AppError(
        'NOT_CONFIGURED',
        status.state === 'unconfigured'
          ? translate('server.connection.notSetUp')
          : (status.lastError ?? translate('server.connection.notConnected')),
      )
    }
    return link
  }

  return {
    current: () => status,
    client: () => activeLink().client,
    api: () => activeLink().api,
    capabilities: capabilitiesView,
    reportSuccess() {
      if (!link) return
      if (status.state === 'degraded') {
        failures = 0
        clearTimer()
        setStatus({
          state: 'online',
          lastError: null,
          lastSuccessAt: successTime(),
          nextRetryAt: null,
        })
      } else if (status.state === 'offline') {
        runSafely('connection check', check)
      } else {
        setStatus({ lastSuccessAt: successTime() })
      }
    },
    reportFailure(error) {
      // Only failures of the link itself count; a bug in a feature says nothing about the server.
      if (!link || !(error instanceof ZkbioError) || isServerAnswer(error)) return
      // Confirm with a health check soon rather than waiting for the regular one.
      const nextRetryAt = inFlight
        ? status.nextRetryAt
        : armTimer(Math.min(timing.baseRetryMs, timing.healthIntervalMs))
      setStatus({
        ...(status.state === 'online' || status.state === 'degraded'
          ? { state: 'offline', lastError: plainError(error) }
          : {}),
        nextRetryAt,
      })
    },
    async checkNow() {
      if (!link) return load()
      clearTimer()
      return check()
    },
    reload: load,
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    onCapabilitiesChange(listener) {
      capabilityListeners.add(listener)
      return () => capabilityListeners.delete(listener)
    },
    async start() {
      stopped = false
      unsubscribeSettings ??= deps.settings.onChange((settings) => {
        if (linkKey(activeProfile(settings)) !== currentKey) runSafely('connection load', load)
        else if (profile && activeProfile(settings)?.name !== profile.name) {
          profile = activeProfile(settings)
          setStatus({ profileName: profile?.name ?? null })
        }
      })
      return load()
    },
    stop() {
      stopped = true
      generation += 1
      unsubscribeSettings?.()
      unsubscribeSettings = null
      closeLink()
    },
  }
}
