/**
 * Every text Gatehouse shows people, by language and namespace: `messages[lang][namespace][key]`.
 * English is the source; renderer (vue-i18n) and main (electron/main/i18n) both read this one object.
 * Namespaces: common, shell, reception, kiosk, setup, settings, operators, audit (desk screens);
 * guard, server, events (guard screens, texts main produces, server event names);
 * badge, visitorServices (badge dialog, host notices, invitations, visitor-services settings); site (site mode).
 */
import type { Language } from '../languages'
import en_common from './en/common'
import en_shell from './en/shell'
import en_reception from './en/reception'
import en_kiosk from './en/kiosk'
import en_setup from './en/setup'
import en_settings from './en/settings'
import en_operators from './en/operators'
import en_audit from './en/audit'
import en_guard from './en/guard'
import en_server from './en/server'
import en_events from './en/events'
import en_badge from './en/badge'
import en_visitorServices from './en/visitorServices'
import en_site from './en/site'
import es_common from './es/common'
import es_shell from './es/shell'
import es_reception from './es/reception'
import es_kiosk from './es/kiosk'
import es_setup from './es/setup'
import es_settings from './es/settings'
import es_operators from './es/operators'
import es_audit from './es/audit'
import es_guard from './es/guard'
import es_server from './es/server'
import es_events from './es/events'
import es_badge from './es/badge'
import es_visitorServices from './es/visitorServices'
import es_site from './es/site'
import zhCN_common from './zh-CN/common'
import zhCN_shell from './zh-CN/shell'
import zhCN_reception from './zh-CN/reception'
import zhCN_kiosk from './zh-CN/kiosk'
import zhCN_setup from './zh-CN/setup'
import zhCN_settings from './zh-CN/settings'
import zhCN_operators from './zh-CN/operators'
import zhCN_audit from './zh-CN/audit'
import zhCN_guard from './zh-CN/guard'
import zhCN_server from './zh-CN/server'
import zhCN_events from './zh-CN/events'
import zhCN_badge from './zh-CN/badge'
import zhCN_visitorServices from './zh-CN/visitorServices'
import zhCN_site from './zh-CN/site'
import ptBR_common from './pt-BR/common'
import ptBR_shell from './pt-BR/shell'
import ptBR_reception from './pt-BR/reception'
import ptBR_kiosk from './pt-BR/kiosk'
import ptBR_setup from './pt-BR/setup'
import ptBR_settings from './pt-BR/settings'
import ptBR_operators from './pt-BR/operators'
import ptBR_audit from './pt-BR/audit'
import ptBR_guard from './pt-BR/guard'
import ptBR_server from './pt-BR/server'
import ptBR_events from './pt-BR/events'
import ptBR_badge from './pt-BR/badge'
import ptBR_visitorServices from './pt-BR/visitorServices'
import ptBR_site from './pt-BR/site'
import ar_common from './ar/common'
import ar_shell from './ar/shell'
import ar_reception from './ar/reception'
import ar_kiosk from './ar/kiosk'
import ar_setup from './ar/setup'
import ar_settings from './ar/settings'
import ar_operators from './ar/operators'
import ar_audit from './ar/audit'
import ar_guard from './ar/guard'
import ar_server from './ar/server'
import ar_events from './ar/events'
import ar_badge from './ar/badge'
import ar_visitorServices from './ar/visitorServices'
import ar_site from './ar/site'

export const NAMESPACES = [
  'common',
  'shell',
  'reception',
  'kiosk',
  'setup',
  'settings',
  'operators',
  'audit',
  'guard',
  'server',
  'events',
  'badge',
  'visitorServices',
  'site',
] as const
export type Namespace = (typeof NAMESPACES)[number]

const en = {
  common: en_common,
  shell: en_shell,
  reception: en_reception,
  kiosk: en_kiosk,
  setup: en_setup,
  settings: en_settings,
  operators: en_operators,
  audit: en_audit,
  guard: en_guard,
  server: en_server,
  events: en_events,
  badge: en_badge,
  visitorServices: en_visitorServices,
  site: en_site,
}

/** The English messages: the shape of every language, and the key list of `translate`. */
export type Messages = typeof en

export const messages: Readonly<Record<Language, Messages>> = {
  en,
  es: {
    common: es_common,
    shell: es_shell,
    reception: es_reception,
    kiosk: es_kiosk,
    setup: es_setup,
    settings: es_settings,
    operators: es_operators,
    audit: es_audit,
    guard: es_guard,
    server: es_server,
    events: es_events,
    badge: es_badge,
    visitorServices: es_visitorServices,
    site: es_site,
  },
  'zh-CN': {
    common: zhCN_common,
    shell: zhCN_shell,
    reception: zhCN_reception,
    kiosk: zhCN_kiosk,
    setup: zhCN_setup,
    settings: zhCN_settings,
    operators: zhCN_operators,
    audit: zhCN_audit,
    guard: zhCN_guard,
    server: zhCN_server,
    events: zhCN_events,
    badge: zhCN_badge,
    visitorServices: zhCN_visitorServices,
    site: zhCN_site,
  },
  'pt-BR': {
    common: ptBR_common,
    shell: ptBR_shell,
    reception: ptBR_reception,
    kiosk: ptBR_kiosk,
    setup: ptBR_setup,
    settings: ptBR_settings,
    operators: ptBR_operators,
    audit: ptBR_audit,
    guard: ptBR_guard,
    server: ptBR_server,
    events: ptBR_events,
    badge: ptBR_badge,
    visitorServices: ptBR_visitorServices,
    site: ptBR_site,
  },
  ar: {
    common: ar_common,
    shell: ar_shell,
    reception: ar_reception,
    kiosk: ar_kiosk,
    setup: ar_setup,
    settings: ar_settings,
    operators: ar_operators,
    audit: ar_audit,
    guard: ar_guard,
    server: ar_server,
    events: ar_events,
    badge: ar_badge,
    visitorServices: ar_visitorServices,
    site: ar_site,
  },
}
