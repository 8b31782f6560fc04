/**
 * The badge of a visit: what is printed on it, its fresh QR, printing it and saving it as PDF. Visit
 * data comes from reception's lookup (main-side, no IPC); the QR always comes fresh from the server,
 * because it is dynamic and a badge printed with an old one might not open the turnstile.
 */
import type { BrowserWindow } from 'electron'
import { AppError } from '../app/app-error'
import type { AuditLog } from '../audit/audit-log'
import { translateKey } from '../app/live-words'
import { currentLanguage, translate } from '../i18n'
import type { SettingsService } from '../settings/settings-service'
import { personApi } from '../zkbio/api/person'
import { visitorApi } from '../zkbio/api/visitor'
import type { ZkbioCore } from '../zkbio/core'
import {
  QR_REFRESH_MS,
  type BadgeDetails,
  type BadgeQr,
  type EnrolVerdict,
} from '../../shared/contract/badge'
import type { BadgeLayout } from '../../shared/settings'
import { buildBadgeHtml } from './badge-html'
import { enrolPersonPhoto, isJpegBase64 } from './enrol-photo'
import { badgePage } from './page-size'
import {
  htmlToPdf,
  listPrinters,
  printHtml,
  safeFileName,
  savePdfWithDialog,
  type PrinterSummary,
} from './print-html'
import { QrPeriodLearner } from './qr-period'
import { qrSvg } from './qr-svg'
import { fetchVisitorQr, type QrClient } from './visitor-qr'

/** Reception's main-side lookup (electron/main/reception/visit-lookup.ts), as badge uses it. */
export interface BadgeVisit {
  id: string
  status: 'pending' | 'onSite' | 'checkedOut' | 'failed'
  visitorPin: string | null
  visitorName: string
  company: string
  phone: string
  certType: number
  certNumber: string
  hostName: string
  validUntil: string
}

export interface BadgeVisitLookup {
  getVisit(visitId: string): BadgeVisit | null
  getPhoto(visitId: string): string | null
  resolveVisitorPin(visitId: string): Promise<string | null>
}

export interface BadgeDeps {
  /** The active profile's ZKBio client; throws AppError('NOT_CONFIGURED') when there is none. */
  client(): ZkbioCore
  settings: Pick<SettingsService, 'get'>
  audit: Pick<AuditLog, 'write'>
  visits: BadgeVisitLookup
  /** Parent for the save dialog, and the WebContents that lists printers. */
  getMainWindow(): BrowserWindow | null
  reportSuccess?(): void
  reportFailure?(error: unknown): void
  now?(): Date
}

/** Why a visit has no badge yet, in the current language. */
export const pendingQrMessage = (): string => translate('server.badge.pending')
export const failedQrMessage = (): string => translate('server.badge.failed')

/** A print waits for a change due this soon, so the printed code is valid for (nearly) a whole period. */
const PRINT_WAITS_FOR_CHANGE_MS = 2_000

export function createBadgeService(deps: BadgeDeps) {
  const now = deps.now ?? (() => new Date())
  // One learner per server connection: the code's period and phase belong to the server.
  const learners = new WeakMap<object, QrPeriodLearner>()
  const learnerFor = (core: object): QrPeriodLearner => {
    let learner = learners.get(core)
    if (!learner) learners.set(core, (learner = new QrPeriodLearner({ perRequestRefreshMs: QR_REFRESH_MS })))
    return learner
  }
  const operator = (): string => deps.settings.get().operatorName || 'reception desk'

  function visitOrThrow(visitId: string): BadgeVisit {
    const visit = deps.visits.getVisit(visitId)
    if (!visit) throw new AppError('NOT_FOUND', translate('server.badge.visitGone'))
    return visit
  }

  function qrUnavailableReason(visit: BadgeVisit): string | null {
    if (visit.status === 'pending') return pendingQrMessage()
    if (visit.status === 'failed') return failedQrMessage()
    return null
  }

  /** Wraps a server call so the connection indicator learns of success and failure. */
  async function talk<T>(call: () => Promise<T>): Promise<T> {
    try {
      const out = await call()
      deps.reportSuccess?.()
      return out
    } catch (error) {
      deps.reportFailure?.(error)
      throw error
    }
  }

  async function qr(visitId: string): Promise<BadgeQr> {
    const visit = visitOrThrow(visitId)
    const reason = qrUnavailableReason(visit)
    if (reason) throw new AppError('CONFLICT', reason, { status: visit.status })
    const core = deps.client()
    const client: QrClient = { capabilities: core.capabilities, visitor: visitorApi(core) }
    const learner = learnerFor(core)
    const sentAt = Date.now()
    const found = await talk(() =>
      fetchVisitorQr(client, visit, () => deps.visits.resolveVisitorPin(visitId)),
    )
    const receivedAt = Date.now()
    learner.observe(visitId, found.payload, sentAt, receivedAt)
    const timing = learner.timing()
    return {
      payload: found.payload,
      source: found.source,
      fetchedAt: now().toISOString(),
      refreshInMs: Math.max(1, learner.nextFetchIn(visitId, Date.now())),
      periodMs: timing.periodMs,
      periodLearned: timing.learned,
    }
  }

  /** Just before a change, waits for it: a badge printed then would carry a code about to expire. */
  async function waitForImminentChange(): Promise<void> {
    let core: object
    try {
      core = deps.client()
    } catch {
      return // qr() reports it
    }
    const wait = learnerFor(core).msUntilChange(Date.now())
    if (wait !== null && wait <= PRINT_WAITS_FOR_CHANGE_MS) {
      await new Promise((resolve) => setTimeout(resolve, wait + 20))
    }
  }

  function details(visitId: string): BadgeDetails {
    const visit = visitOrThrow(visitId)
    const settings = deps.settings.get()
    return {
      visitId: visit.id,
      status: visit.status,
      visitorName: visit.visitorName,
      company: visit.company,
      hostName: visit.hostName,
      validUntil: visit.validUntil,
      photoBase64: deps.visits.getPhoto(visitId),
      siteName: settings.siteName,
      layout: settings.badge.layout,
      printerName: settings.badge.printerName,
      silentPrint: settings.badge.silentPrint,
      qrUnavailableReason: qrUnavailableReason(visit),
    }
  }

  /** The badge document with a QR fetched just now. */
  async function badgeHtml(
    visitId: string,
    layout: BadgeLayout,
  ): Promise<{ html: string; visit: BadgeVisit }> {
    const visit = visitOrThrow(visitId)
    // Fetched just before printing: the code current now, not the one on screen.
    if (qrUnavailableReason(visit) === null) await waitForImminentChange()
    const code = await qr(visitId)
    const html = buildBadgeHtml(
      {
        layout,
        siteName: deps.settings.get().siteName,
        visitorName: visit.visitorName,
        company: visit.company,
        hostName: visit.hostName,
        validUntil: visit.validUntil,
        photoBase64: deps.visits.getPhoto(visitId),
        qrSvg: await qrSvg(code.payload),
      },
      { t: translateKey, lang: currentLanguage() },
    )
    return { html, visit }
  }

  async function print(visitId: string, layoutOverride?: BadgeLayout, showDialog?: boolean) {
    const { badge } = deps.settings.get()
    const layout = layoutOverride ?? badge.layout
    // The operator's choice for this print wins; without one, the site setting decides.
    const silent = showDialog === undefined ? badge.silentPrint : !showDialog
    const { html, visit } = await badgeHtml(visitId, layout)
    if (silent && badge.printerName) await requirePrinter(badge.printerName)
    try {
      await printHtml(html, {
        pageSize: badgePage(layout),
        silent,
        ...(badge.printerName ? { printerName: badge.printerName } : {}),
      })
    } catch (error) {
      if (error instanceof AppError && error.details?.cancelled === true) {
        return { printed: false, printerName: badge.printerName, silent, message: error.message }
      }
      deps.audit.write({
        operator: operator(),
        action: 'badge.print',
        // The audit log outlives visit retention: the visit's id, never the visitor's name.
        target: `visit:${visit.id}`,
        result: 'failed',
        detail: String(error),
      })
      throw error
    }
    deps.audit.write({
      operator: operator(),
      action: 'badge.print',
      target: `visit:${visit.id}`,
      result: 'ok',
      detail: `${layout}${badge.printerName ? ` on ${badge.printerName}` : ''}${silent ? ' (silent)' : ''}`,
    })
    const where = badge.printerName || translate('server.badge.defaultPrinter')
    const message = translate('server.badge.sentTo', { where })
    return { printed: true, printerName: badge.printerName, silent, message }
  }

  async function requirePrinter(name: string): Promise<void> {
    const printers = await printers_()
    if (printers.length > 0 && !printers.some((p) => p.name === name)) {
      throw new AppError('NOT_FOUND', translate('server.badge.printerMissing', { name }))
    }
  }

  async function printers_(): Promise<PrinterSummary[]> {
    const window = deps.getMainWindow()
    if (!window || window.isDestroyed()) return []
    return listPrinters(window.webContents)
  }

  async function savePdf(visitId: string, layoutOverride?: BadgeLayout) {
    const layout = layoutOverride ?? deps.settings.get().badge.layout
    const { html, visit } = await badgeHtml(visitId, layout)
    const pdf = await htmlToPdf(html, { pageSize: badgePage(layout) })
    const day = now().toISOString().slice(0, 10)
    const filePath = await savePdfWithDialog(
      pdf,
      safeFileName('badge', visit.visitorName, day),
      deps.getMainWindow(),
    )
    if (filePath) {
      deps.audit.write({
        operator: operator(),
        action: 'badge.savePdf',
        target: `visit:${visit.id}`,
        result: 'ok',
        // Not the path: the file is named after the visitor.
        detail: 'saved as PDF',
      })
    }
    return { saved: filePath !== null, filePath, bytes: filePath ? pdf.length : 0 }
  }

  async function enrolPhoto(pin: string, photoBase64: string): Promise<EnrolVerdict> {
    if (!isJpegBase64(photoBase64)) throw new AppError('BAD_REQUEST', translate('server.badge.photoNotJpeg'))
    const core = deps.client()
    const verdict = await talk(() => enrolPersonPhoto({ person: personApi(core) }, pin, photoBase64))
    deps.audit.write({
      operator: operator(),
      action: 'person.enrolPhoto',
      target: pin,
      result: verdict.accepted ? 'ok' : 'failed',
      detail: verdict.accepted ? null : `${verdict.serverCode ?? ''} ${verdict.message}`.trim(),
    })
    return verdict
  }

  return { details, qr, badgeHtml, print, savePdf, printers: printers_, enrolPhoto }
}

export type BadgeService = ReturnType<typeof createBadgeService>
