/**
 * The English messages, every namespace in one object. A module of its own so the renderer can load
 * only the language in use (a chunk per language, see renderer/src/i18n/load-messages.ts); main and the
 * kiosk take all five through ./index.ts.
 */
import common from './en/common'
import shell from './en/shell'
import reception from './en/reception'
import kiosk from './en/kiosk'
import setup from './en/setup'
import settings from './en/settings'
import operators from './en/operators'
import audit from './en/audit'
import guard from './en/guard'
import server from './en/server'
import events from './en/events'
import badge from './en/badge'
import visitorServices from './en/visitorServices'
import site from './en/site'

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
