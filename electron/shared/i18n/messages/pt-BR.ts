/**
 * The Brazilian Portuguese messages, every namespace in one object. A module of its own so the renderer can load
 * only the language in use (a chunk per language, see renderer/src/i18n/load-messages.ts); main and the
 * kiosk take all five through ./index.ts.
 */
import common from './pt-BR/common'
import shell from './pt-BR/shell'
import reception from './pt-BR/reception'
import kiosk from './pt-BR/kiosk'
import setup from './pt-BR/setup'
import settings from './pt-BR/settings'
import operators from './pt-BR/operators'
import audit from './pt-BR/audit'
import guard from './pt-BR/guard'
import server from './pt-BR/server'
import events from './pt-BR/events'
import badge from './pt-BR/badge'
import visitorServices from './pt-BR/visitorServices'
import site from './pt-BR/site'

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
