/**
 * What the kiosk may do, and nothing more: search hosts by name (names only, behind opaque refs),
 * sign ONE visitor in (registration, the signed agreement as PDF kept with the visit, the badge), show
 * that visitor's QR, and tell the receptionist every step live.
 */
import { randomUUID } from 'node:crypto'
import { translateKey } from '../app/live-words'
import { AppError } from '../app/app-error'
import { createLogger } from '../log'
import type { HostDirectory } from '../reception/host-directory'
import { formatServerDateTime } from '../zkbio/server-time'
import type { KioskActivity, KioskSignIn, KioskStage, kioskSignIn } from '../../shared/contract/kiosk'
import {
  checkRegistration,
  registrationInput,
  VISITOR_CERT_TYPES,
  type RegistrationResult,
} from '../../shared/contract/reception'
import type { Settings } from '../../shared/settings'
import { KIOSK_LANGUAGES } from '../../shared/visitor-services-settings'
import { currentLanguage } from '../i18n/index'
import { isLanguage } from '../../shared/i18n/languages'
import { translatorFor } from '../../shared/i18n/translate'
import type { z } from 'zod'
import { agreementHtml } from './agreement-html'
import type { AgreementStore } from './agreement-store'
import { translate } from '../i18n'
import { textFor } from '../notify/default-texts'

const log = createLogger('kiosk')
const MAX_REFS = 200
export const KIOSK_SEARCH_LIMIT = 5
export const seeReception = (): string => translate('server.refusals.kiosk.seeReception')

/** Lower-case words without accents, as a person types a name on a touch keyboard. */
const words = (text: string): string[] =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)

export interface KioskDeps {
  hosts: Pick<HostDirectory, 'search' | 'get'>
  settings: { get(): Settings }
  /** Reception's registration (with the host notice hook), told which desk it comes from. */
  register(input: z.output<typeof registrationInput>, desk: string): Promise<RegistrationResult>
  qr(visitId: string): Promise<string>
  printBadge(visitId: string): Promise<{ printed: boolean; message: string }>
  agreements: AgreementStore
  htmlToPdf(html: string): Promise<Buffer>
  serverUtcOffsetMinutes(): number
  /** Live activity to the receptionist's window. */
  onActivity(activity: KioskActivity): void
  now?: () => Date
}

export function createKioskService(deps: KioskDeps) {
  const now = deps.now ?? (() => new Date())
  const refs = new Map<string, string>()
  let currentVisitId: string | null = null
  let activity: KioskActivity | null = null
  // The last sign-in, kept when the kiosk goes back to its welcome screen: the desk still offers its
  // signed agreement (the kiosk resets after a few idle seconds; the receptionist may be busy then).
  let lastArrival: KioskActivity | null = null

  const report = (
    stage: KioskStage,
    visitorName: string | null,
    hostName: string | null,
    visitId: string | null,
  ) => {
    activity = { stage, visitorName, hostName, visitId, at: now().toISOString() }
    if (stage === 'done') lastArrival = activity
    deps.onActivity(activity)
  }

  const hostOf = (ref: string) => {
    const pin = refs.get(ref)
    const host = pin ? deps.hosts.get(pin) : undefined
    if (!host)
      throw new AppError('BAD_REQUEST', translate('server.refusals.kiosk.chooseHostAgain'), { field: 'host' })
    return host
  }

  function config() {
    const s = deps.settings.get()
    return {
      siteName: s.siteName,
      // The station's language first: the kiosk greets in it, the visitor may pick another.
      languages: [...KIOSK_LANGUAGES]
        .sort((a, b) => Number(b.code === currentLanguage()) - Number(a.code === currentLanguage()))
        .map((l) => ({ code: l.code, label: l.label })),
      // The standard agreement: the kiosk shows it in the language the visitor picks (its own words).
      agreementStandard: s.visitorServices.kiosk.agreementStandard,
      agreementText: s.visitorServices.kiosk.agreementStandard ? '' : s.visitorServices.kiosk.agreementText,
      idleSeconds: s.visitorServices.kiosk.idleSeconds,
      certTypes: VISITOR_CERT_TYPES.map((t) => ({ value: t.value, label: t.label })),
    }
  }

  function hostSearch(query: string) {
    // The directory also matches pins and departments; the kiosk finds people by their name only.
    const wanted = words(query)
    const hosts = deps.hosts
      .search(query, 50)
      .filter((h) => {
        const names = words(h.name)
        return wanted.every((w) => names.some((n) => n.startsWith(w)))
      })
      .slice(0, KIOSK_SEARCH_LIMIT)
    if (refs.size > MAX_REFS) refs.clear()
    return {
      hosts: hosts.map((h) => {
        const ref = randomUUID()
        refs.set(ref, h.pin)
        return { ref, name: h.name }
      }),
    }
  }

  function progress(stage: KioskStage, visitorName?: string, hostRef?: string) {
    const host = hostRef ? deps.hosts.get(refs.get(hostRef) ?? '') : undefined
    report(stage, visitorName?.trim() || null, host?.name ?? null, null)
    return { ok: true }
  }

  async function signIn(request: z.output<typeof kioskSignIn>) {
    // The closing words are for the visitor: in the language they picked on the kiosk.
    const visitorWords = translatorFor(isLanguage(request.language) ? request.language : currentLanguage())
    const s = deps.settings.get()
    // What the visitor read and signed: the standard agreement in their language, or the site's own.
    const agreementText = s.visitorServices.kiosk.agreementStandard
      ? visitorWords('kiosk.standardAgreement')
      : s.visitorServices.kiosk.agreementText
    if (agreementText && (!request.agreementAccepted || !request.signaturePngBase64)) {
      throw new AppError('BAD_REQUEST', translate('server.refusals.kiosk.signAgreement'), {
        field: 'signature',
      })
    }
    const host = hostOf(request.hostRef)
    const offset = deps.serverUtcOffsetMinutes()
    const start = now()
    const end = new Date(start.getTime() + s.visitorServices.kiosk.visitHours * 3_600_000)
    const values = {
      hostPin: host.pin,
      hostName: host.name,
      hostDepartment: host.departmentName,
      visitorName: request.visitorName,
      certType: request.certType,
      certNumber: request.certNumber,
      phone: request.phone,
      company: request.company,
      // For the server record, the desk's on-site list and the host notice: the desk's language.
      reason: translate('reception.form.reasons.visit'),
      visitorCount: 1,
      startTime: formatServerDateTime(start, offset),
      endTime: formatServerDateTime(end, offset),
      cardNo: '',
    }
    const problems = checkRegistration(values, null, (word) => translateKey(`reception.rules.${word}`))
    const first = Object.entries(problems)[0]
    if (first) throw new AppError('BAD_REQUEST', first[1], { field: first[0] })
    const input = registrationInput.parse({
      ...values,
      levelIds: s.badge.defaultVisitorLevelIds,
      photoBase64: request.photoBase64,
      clientRequestId: request.clientRequestId,
    })
    let result: RegistrationResult
    try {
      result = await deps.register(
        input,
        textFor('kioskDesk', s.visitorServices.kiosk.deskName, currentLanguage()),
      )
    } catch (error) {
      // A server refusal (block list, an open visit...) is for the receptionist, not the screen.
      if (error instanceof AppError && error.code !== 'BAD_REQUEST') {
        log.warn('kiosk sign-in refused', { code: error.code, message: error.message })
        report('details', request.visitorName, host.name, null)
        throw new AppError('CONFLICT', seeReception())
      }
      throw error
    }
    const visitId = result.visit.id
    currentVisitId = visitId
    if (request.signaturePngBase64) {
      const signedAt = now()
      try {
        const pdf = await deps.htmlToPdf(
          agreementHtml({
            siteName: s.siteName,
            agreementText,
            visitorName: request.visitorName,
            company: request.company,
            hostName: host.name,
            signaturePngBase64: request.signaturePngBase64,
            signedAt,
            language: request.language,
          }),
        )
        deps.agreements.save(visitId, pdf, signedAt)
      } catch (error) {
        // The visit exists; the receptionist is told (activity) and can have it signed on paper.
        log.error('could not keep the signed agreement', { visitId, error: String(error) })
      }
    }
    let qrPayload: string | null = null
    let badgePrinted = false
    let message: string
    if (result.outcome === 'registered') {
      try {
        qrPayload = await deps.qr(visitId)
      } catch (error) {
        log.warn('kiosk QR not available', { visitId, error: String(error) })
      }
      try {
        const printed = await deps.printBadge(visitId)
        badgePrinted = printed.printed
      } catch (error) {
        log.warn('kiosk badge not printed', { visitId, error: String(error) })
      }
      message = visitorWords(badgePrinted ? 'kiosk.welcomeTakeBadge' : 'kiosk.welcomeCollectBadge', {
        name: request.visitorName,
      })
    } else {
      message = visitorWords('kiosk.thanksSeeReception', { name: request.visitorName })
    }
    report('done', request.visitorName, host.name, visitId)
    return { visitId, outcome: result.outcome, qrPayload, badgePrinted, message }
  }

  async function qr() {
    if (!currentVisitId) throw new AppError('NOT_FOUND', translate('server.refusals.kiosk.noSignIn'))
    return { payload: await deps.qr(currentVisitId) }
  }

  function finish() {
    currentVisitId = null
    refs.clear()
    report('welcome', null, null, null)
    return { ok: true }
  }

  function takeOver(): KioskActivity | null {
    const taken = activity
    currentVisitId = null
    refs.clear()
    return taken
  }

  return {
    config,
    hostSearch,
    progress,
    signIn,
    qr,
    finish,
    takeOver,
    activity: () => activity,
    lastArrival: () => lastArrival,
  }
}

export type KioskService = ReturnType<typeof createKioskService>
export type { KioskSignIn }
