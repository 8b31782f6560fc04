/**
 * The texts of the visitor services a site may rewrite in Settings (host notice and invitation
 * templates, the kiosk's desk name) come, until the site rewrites them, from the translations: in the
 * language of the moment they are sent, with the same `{placeholders}`. A text counts as not changed
 * when it is empty, the old English default earlier versions stored, or the default of any language
 * (what Settings showed, saved back unchanged). Anything else is the admin's own words, used as written.
 */
import { SUPPORTED, type Language } from '../../shared/i18n/languages'
import { translatorFor, type MessageKey } from '../../shared/i18n/translate'
import {
  HOST_NOTICE_PLACEHOLDERS,
  INVITATION_PLACEHOLDERS,
  LEGACY_DEFAULT_TEXTS,
  type DefaultTextName,
  type VisitorServicesSettings,
} from '../../shared/visitor-services-settings'

const DEFAULTS: Record<DefaultTextName, { key: MessageKey; placeholders: readonly string[] }> = {
  noticeSubject: { key: 'server.hostNotice.subject', placeholders: HOST_NOTICE_PLACEHOLDERS },
  noticeBody: { key: 'server.hostNotice.body', placeholders: HOST_NOTICE_PLACEHOLDERS },
  invitationSubject: { key: 'server.invitation.subject', placeholders: INVITATION_PLACEHOLDERS },
  invitationBody: { key: 'server.invitation.body', placeholders: INVITATION_PLACEHOLDERS },
  kioskDesk: { key: 'server.hostNotice.kioskDesk', placeholders: [] },
}

/** The default text in a language, its placeholders left in braces for `fillTemplate`. */
export function defaultText(name: DefaultTextName, language: Language): string {
  const { key, placeholders } = DEFAULTS[name]
  return translatorFor(language)(key, Object.fromEntries(placeholders.map((p) => [p, `{${p}}`])))
}

const same = (text: string) => text.replace(/\r\n?/g, '\n').trim()

/** True when the site has not changed this text (see the file comment). */
export function isDefaultText(name: DefaultTextName, text: string): boolean {
  const own = same(text)
  return (
    own === '' ||
    own === same(LEGACY_DEFAULT_TEXTS[name]) ||
    SUPPORTED.some((language) => same(defaultText(name, language)) === own)
  )
}

/** The text to use: the site's own words, or the default in `language`. */
export function textFor(name: DefaultTextName, stored: string, language: Language): string {
  return isDefaultText(name, stored) ? defaultText(name, language) : stored
}

type Texts = Record<DefaultTextName, string>

function textsOf(s: VisitorServicesSettings): Texts {
  return {
    noticeSubject: s.hostNotice.subjectTemplate,
    noticeBody: s.hostNotice.bodyTemplate,
    invitationSubject: s.invitations.subjectTemplate,
    invitationBody: s.invitations.bodyTemplate,
    kioskDesk: s.kiosk.deskName,
  }
}

function withTexts(s: VisitorServicesSettings, t: Texts): VisitorServicesSettings {
  return {
    ...s,
    hostNotice: { ...s.hostNotice, subjectTemplate: t.noticeSubject, bodyTemplate: t.noticeBody },
    invitations: { ...s.invitations, subjectTemplate: t.invitationSubject, bodyTemplate: t.invitationBody },
    kiosk: { ...s.kiosk, deskName: t.kioskDesk },
  }
}

const mapTexts = (
  s: VisitorServicesSettings,
  f: (name: DefaultTextName, text: string) => string,
): VisitorServicesSettings => {
  const texts = textsOf(s)
  for (const name of Object.keys(texts) as DefaultTextName[]) texts[name] = f(name, texts[name])
  return withTexts(s, texts)
}

/** What Settings shows: the texts the site has not changed as the default in `language`. */
export function settingsShown(s: VisitorServicesSettings, language: Language): VisitorServicesSettings {
  return mapTexts(s, (name, text) => textFor(name, text, language))
}

/** What is stored from Settings: a text left at a default (of any language) as '' so it keeps following the language. */
export function settingsStored(s: VisitorServicesSettings): VisitorServicesSettings {
  return mapTexts(s, (name, text) => (isDefaultText(name, text) ? '' : text))
}
