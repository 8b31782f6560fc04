/**
 * The Spanish messages, every namespace in one object. A module of its own so the renderer can load
 * only the language in use (a chunk per language, see renderer/src/i18n/load-messages.ts); main and the
 * kiosk take all five through ./index.ts.
 */
import common from './es/common'
import shell from './es/shell'
import reception from './es/reception'
import kiosk from './es/kiosk'
import setup from './es/setup'
import settings from './es/settings'
import operators from './es/operators'
import audit from './es/audit'
import guard from './es/guard'
import server from './es/server'
import events from './es/events'
import badge from './es/badge'
import visitorServices from './es/visitorServices'
import site from './es/site'

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
