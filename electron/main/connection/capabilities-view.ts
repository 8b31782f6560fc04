import type { CapabilityView } from '../../shared/contract/connection'
import { translatorFor } from '../../shared/i18n/translate'
import { liveWords } from '../app/live-words'
import {
  APP_FEATURES,
  Capabilities,
  FEATURE_MESSAGES,
  type AppFeature,
  type CapabilitySnapshot,
} from '../zkbio/capabilities'

/** What each optional server ability means to the person at the desk, in the current language. */
const FEATURE_LABELS = liveWords<AppFeature>('server.zkbio.featureLabels', APP_FEATURES)

export function toCapabilityViews(snapshot: CapabilitySnapshot | null): CapabilityView[] {
  const capabilities = new Capabilities(snapshot ?? undefined)
  return APP_FEATURES.map((feature) => ({
    feature,
    label: FEATURE_LABELS[feature],
    availability: capabilities.status(feature),
    message: FEATURE_MESSAGES[feature],
  }))
}

const english = translatorFor('en')

/**
 * One readable log line, in English like every log line: "QR codes on visitor badges: yes; Visit
 * history: no; ...".
 */
export function capabilitySummary(snapshot: CapabilitySnapshot): string {
  const word: Record<CapabilityView['availability'], string> = {
    yes: 'yes',
    no: 'no',
    unknown: 'not known yet',
  }
  const capabilities = new Capabilities(snapshot)
  return APP_FEATURES.map(
    (feature) => `${english(`server.zkbio.featureLabels.${feature}`)}: ${word[capabilities.status(feature)]}`,
  ).join('; ')
}
