import type { CapabilityView } from '../../shared/contract/connection'
import {
  Capabilities,
  FEATURE_MESSAGES,
  type AppFeature,
  type CapabilitySnapshot,
} from '../zkbio/capabilities'

/** What each optional server ability means to the person at the desk. */
const FEATURE_LABELS: Record<AppFeature, string> = {
  visitorQr: 'QR codes on visitor badges',
  visitorList: 'Visitor look-up (finds the visitor number for QR badges)',
  visitorQrByCertNumber: 'QR code from the visitor ID document',
  visitTransactions: 'Visit history',
  visitorQrByPinQuery: 'Newer QR code request',
}

/** The derived feature first: it is the one a receptionist notices. */
const ORDER: AppFeature[] = [
  'visitorQr',
  'visitorList',
  'visitorQrByCertNumber',
  'visitTransactions',
  'visitorQrByPinQuery',
]

export function toCapabilityViews(snapshot: CapabilitySnapshot | null): CapabilityView[] {
  const capabilities = new Capabilities(snapshot ?? undefined)
  return ORDER.map((feature) => ({
    feature,
    label: FEATURE_LABELS[feature],
    availability: capabilities.status(feature),
    message: FEATURE_MESSAGES[feature],
  }))
}

/** One readable log line: "Server features: QR codes on visitor badges: yes; Visit history: no; ...". */
export function capabilitySummary(snapshot: CapabilitySnapshot): string {
  const word: Record<CapabilityView['availability'], string> = {
    yes: 'yes',
    no: 'no',
    unknown: 'not known yet',
  }
  return toCapabilityViews(snapshot)
    .map((v) => `${v.label}: ${word[v.availability]}`)
    .join('; ')
}
