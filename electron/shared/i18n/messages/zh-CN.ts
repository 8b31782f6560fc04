/**
 * The Chinese (simplified) messages, every namespace in one object. A module of its own so the renderer can load
 * only the language in use (a chunk per language, see renderer/src/i18n/load-messages.ts); main and the
 * kiosk take all five through ./index.ts.
 */
import common from './zh-CN/common'
import shell from './zh-CN/shell'
import reception from './zh-CN/reception'
import kiosk from './zh-CN/kiosk'
import setup from './zh-CN/setup'
import settings from './zh-CN/settings'
import operators from './zh-CN/operators'
import audit from './zh-CN/audit'
import guard from './zh-CN/guard'
import server from './zh-CN/server'
import events from './zh-CN/events'
import badge from './zh-CN/badge'
import visitorServices from './zh-CN/visitorServices'
import site from './zh-CN/site'

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
