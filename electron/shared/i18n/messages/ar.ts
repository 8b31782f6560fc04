/**
 * The Arabic messages, every namespace in one object. A module of its own so the renderer can load
 * only the language in use (a chunk per language, see renderer/src/i18n/load-messages.ts); main and the
 * kiosk take all five through ./index.ts.
 */
import common from './ar/common'
import shell from './ar/shell'
import reception from './ar/reception'
import kiosk from './ar/kiosk'
import setup from './ar/setup'
import settings from './ar/settings'
import operators from './ar/operators'
import audit from './ar/audit'
import guard from './ar/guard'
import server from './ar/server'
import events from './ar/events'
import badge from './ar/badge'
import visitorServices from './ar/visitorServices'
import site from './ar/site'

export default {
  common,
  shell,
  reception,
  kiosk,
  setup,
  settings,
  operators,
  audit,
  guard,
  server,
  events,
  badge,
  visitorServices,
  site,
}
