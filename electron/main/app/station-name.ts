import { hostname } from 'node:os'
import type { Settings } from '../../shared/settings'

/**
 * This station's name, as other stations see it (site mode) and as the audit log names it: the name
 * given in Settings, or else the computer's name.
 */
export function stationNameOf(settings: Pick<Settings, 'operators'>): string {
  return settings.operators.stationName || hostname()
}
