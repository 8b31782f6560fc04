/**
 * What this particular server can do. Newer servers (v1.2) add visitor endpoints; some spell the close
 * command differently. Features ask here instead of guessing, and get a sentence to show when the
 * server lacks something.
 */
import type { StoredMessage } from '../../shared/i18n/stored-message'
import { liveWords } from '../app/live-words'
import type { OptionalFeature } from './endpoint'
import { ZkbioError } from './errors'

export type Availability = 'yes' | 'no' | 'unknown'

/** Derived, app-level abilities built from the optional endpoints. */
export type AppFeature = OptionalFeature | 'visitorQr'

/** Every app feature, the derived one first: it is the one a receptionist notices (Settings lists them so). */
export const APP_FEATURES: readonly AppFeature[] = [
  'visitorQr',
  'visitorList',
  'visitorQrByCertNumber',
  'visitTransactions',
  'visitorQrByPinQuery',
]

/** What a lacking feature means, in the current language each time it is read (server.zkbio.features.*). */
export const FEATURE_MESSAGES = liveWords<AppFeature>('server.zkbio.features', APP_FEATURES)

/** The same sentence as a stored message, for an error that keeps it (ZkbioError.problem). */
export const featureProblem = (feature: AppFeature): StoredMessage => ({
  key: `server.zkbio.features.${feature}`,
})

export interface CapabilitySnapshot {
  features: Record<OptionalFeature, Availability>
  /** Endpoint id -> the path spelling that worked (e.g. door close: remoteoffById or remoteCloseById). */
  pathChoices: Record<string, string>
}

const OPTIONAL_FEATURES: OptionalFeature[] = [
  'visitorList',
  'visitorQrByCertNumber',
  'visitTransactions',
  'visitorQrByPinQuery',
]

export class Capabilities {
  private readonly features: Record<OptionalFeature, Availability>
  private readonly pathChoices: Map<string, string>
  private readonly listeners = new Set<(snap: CapabilitySnapshot) => void>()

  constructor(initial?: Partial<CapabilitySnapshot>) {
    this.features = Object.fromEntries(OPTIONAL_FEATURES.map((f) => [f, 'unknown'])) as Record<
      OptionalFeature,
      Availability
    >
    Object.assign(this.features, initial?.features ?? {})
    this.pathChoices = new Map(Object.entries(initial?.pathChoices ?? {}))
  }

  status(feature: AppFeature): Availability {
    if (feature !== 'visitorQr') return this.features[feature]
    const direct = this.features.visitorQrByCertNumber
    const pinLookup = [this.features.visitorList, this.features.visitTransactions]
    if (direct === 'yes' || pinLookup.includes('yes')) return 'yes'
    if (direct === 'no' && pinLookup.every((s) => s === 'no')) return 'no'
    return 'unknown'
  }

  /** true / false once known; undefined while not yet detected. */
  has(feature: AppFeature): boolean | undefined {
    const s = this.status(feature)
    return s === 'unknown' ? undefined : s === 'yes'
  }

  /** Throws an 'unsupported' error with the feature's sentence when the server is known to lack it. */
  require(feature: AppFeature, endpoint = ''): void {
    if (this.status(feature) === 'no') {
      throw new ZkbioError({ kind: 'unsupported', endpoint, problem: featureProblem(feature) })
    }
  }

  set(feature: OptionalFeature, available: boolean): void {
    const next: Availability = available ? 'yes' : 'no'
    if (this.features[feature] === next) return
    this.features[feature] = next
    this.emit()
  }

  preferredPath(endpointId: string): string | undefined {
    return this.pathChoices.get(endpointId)
  }

  rememberPath(endpointId: string, path: string): void {
    if (this.pathChoices.get(endpointId) === path) return
    this.pathChoices.set(endpointId, path)
    this.emit()
  }

  snapshot(): CapabilitySnapshot {
    return { features: { ...this.features }, pathChoices: Object.fromEntries(this.pathChoices) }
  }

  /** Called whenever something new is learnt (so settings can persist it per server profile). */
  onChange(listener: (snap: CapabilitySnapshot) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private emit(): void {
    const snap = this.snapshot()
    for (const l of this.listeners) l(snap)
  }
}

/** "This path does not exist here": Spring's 404 body or a bare 404. */
export function isNotFound(err: unknown): err is ZkbioError {
  if (!(err instanceof ZkbioError)) return false
  if (err.kind === 'springError') return err.status === undefined || err.status === 404 || err.status === 405
  return (err.kind === 'http' || err.kind === 'html') && err.status === 404
}
