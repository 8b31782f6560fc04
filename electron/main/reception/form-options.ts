import { VISITOR_CERT_TYPES, type FormOptions } from '../../shared/contract/reception'
import { formatServerDateTime } from '../zkbio/server-time'
import { messageOf, type ReceptionDeps } from './context'
import { translate } from '../i18n'

const LEVELS_FRESH_MS = 10 * 60_000

/** Today's end in the server's wall clock: the default end of a walk-in visit. */
export function endOfDay(serverNow: string): string {
  return `${serverNow.slice(0, 10)} 23:59:59`
}

/**
 * What the registration form needs before the first keystroke: certificate types, visitor levels
 * (cached: they rarely change) with the site's default preselected, and times in the server's zone.
 */
export function createFormOptions(deps: ReceptionDeps): () => Promise<FormOptions> {
  let levels: { id: string; name: string }[] = []
  let fetchedAt = 0

  return async () => {
    const now = deps.now?.() ?? new Date()
    let offset = -now.getTimezoneOffset()
    let levelsError: string | null = null
    try {
      const server = deps.server()
      offset = server.utcOffsetMinutes()
      if (now.getTime() - fetchedAt > LEVELS_FRESH_MS || levels.length === 0) {
        levels = await server.listVisitorLevels()
        fetchedAt = now.getTime()
      }
    } catch (error) {
      levelsError = translate('server.reception.levelsUnavailable', { reason: messageOf(error) })
    }
    const serverNow = formatServerDateTime(now, offset)
    const configured = deps.settings.get().badge.defaultVisitorLevelIds
    const known = new Set(levels.map((l) => l.id))
    // The configured default where it still exists; else a lone level is the obvious default.
    let defaultLevelIds = configured.filter((id) => known.has(id))
    if (defaultLevelIds.length === 0 && levels.length === 1 && levels[0]) defaultLevelIds = [levels[0].id]
    return {
      certTypes: VISITOR_CERT_TYPES.map((t) => ({ value: t.value, label: t.label })),
      levels,
      defaultLevelIds,
      levelsError,
      defaultStartTime: `${serverNow.slice(0, 16)}:00`,
      defaultEndTime: endOfDay(serverNow),
      serverNow,
    }
  }
}
