/**
 * Settings values the renderer needs at run time, free of the schema library (settings.ts builds its
 * zod schemas from these and re-exports them), so screens that only need a list or a limit do not pull
 * zod into the renderer's bundles.
 */
import type { Settings } from './settings'

/** The label sizes Gatehouse prints badges on. */
export const BADGE_LAYOUTS = ['label62', 'card102x76', 'a6'] as const
export type BadgeLayout = (typeof BADGE_LAYOUTS)[number]

/** The ZKBio manual asks for at most one monitor / door-state call every 10 s. */
export const MIN_RECOMMENDED_POLL_SECONDS = 10

export interface SettingsWarning {
  /** Dotted path of the field, e.g. 'polling.doorStateSeconds'. */
  field: string
  message: string
}

const POLLING_LABELS: Record<keyof Settings['polling'], string | null> = {
  doorStateSeconds: 'Door state',
  gateStateSeconds: 'Gate state',
  accessEventsSeconds: 'Access events',
  gateEventsSeconds: 'Gate events',
  temperatureEventsSeconds: 'Temperature events',
  hostDirectoryMinutes: null,
}

/**
 * Values that are allowed but unwise. The manual asks clients to call the monitor and door-state
 * endpoints at most once every 10 s; faster polling works but may load the server.
 */
export function settingsWarnings(settings: Pick<Settings, 'polling'>): SettingsWarning[] {
  const warnings: SettingsWarning[] = []
  for (const [key, label] of Object.entries(POLLING_LABELS)) {
    if (!label) continue
    const seconds = settings.polling[key as keyof typeof settings.polling]
    if (seconds < MIN_RECOMMENDED_POLL_SECONDS) {
      warnings.push({
        field: `polling.${key}`,
        message: `${label} is polled every ${seconds} s. The ZKBio manual asks for at most one call every ${MIN_RECOMMENDED_POLL_SECONDS} s; faster polling may slow the server down for everyone.`,
      })
    }
  }
  return warnings
}
