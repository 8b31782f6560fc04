/**
 * Every text Gatehouse shows people, by language and namespace: `messages[lang][namespace][key]`.
 * English is the source; renderer (vue-i18n) and main (electron/main/i18n) both read this one object.
 * Namespaces: common, shell, reception, kiosk, setup, settings, operators, audit (desk screens);
 * guard, server, events (guard screens, texts main produces, server event names);
 * badge, visitorServices (badge dialog, host notices, invitations, visitor-services settings); site (site mode).
 */
import type { Language } from '../languages'
import ar from './ar'
import en from './en'
import es from './es'
import ptBR from './pt-BR'
import zhCN from './zh-CN'

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

/** The English messages: the shape of every language, and the key list of `translate`. */
export type Messages = typeof en

/** Every language's messages; each must have the English shape (a missing key fails the type check). */
export const messages: Readonly<Record<Language, Messages>> = { en, es, 'zh-CN': zhCN, 'pt-BR': ptBR, ar }
