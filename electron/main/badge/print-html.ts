/**
 * Printing and PDF for static HTML documents (badges, the evacuation roll call). Each job loads the
 * document into its own hidden window with JavaScript off and no preload, prints it, and destroys the
 * window. Jobs run one at a time: two badges printed at once must not interleave on a label printer.
 */
import { writeFile } from 'node:fs/promises'
import { BrowserWindow, dialog, type WebContents } from 'electron'
import { AppError } from '../app/app-error'
import { translate } from '../i18n'
import { createLogger } from '../log'
import type { PageSpec } from './page-size'
import { isCancelReason, pdfOptionsFor, printOptionsFor, type PrintOptions } from './print-options'

export type { PageSpec } from './page-size'
export { safeFileName, type PrintOptions } from './print-options'

const log = createLogger('print')

let queue: Promise<unknown> = Promise.resolve()

/** Runs jobs one after another; a failed job does not block the next one. */
function serially<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job)
  queue = run.catch(() => undefined)
  return run
}

export function htmlDataUrl(html: string): string {
  return `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`
}

async function withPrintWindow<T>(html: string, job: (contents: WebContents) => Promise<T>): Promise<T> {
  const window = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  })
  try {
    await window.webContents.loadURL(htmlDataUrl(html))
    return await job(window.webContents)
  } finally {
    if (!window.isDestroyed()) window.destroy()
  }
}

/**
 * Prints the document. Rejects with AppError('CONFLICT') when the operator cancels the dialog
 * (details.cancelled = true) or the printer fails (details.reason).
 */
export function printHtml(html: string, opts: PrintOptions): Promise<void> {
  return serially(() =>
    withPrintWindow(
      html,
      (contents) =>
        new Promise<void>((resolve, reject) => {
          contents.print(printOptionsFor(opts), (success, failureReason) => {
            if (success) return resolve()
            const reason = String(failureReason || 'unknown')
            log.warn('printing failed', { reason, printer: opts.printerName || '(default)' })
            reject(
              isCancelReason(reason)
                ? new AppError('CONFLICT', translate('server.badge.printCancelled'), {
                    cancelled: true,
                    reason,
                  })
                : new AppError(
                    'CONFLICT',
                    opts.printerName
                      ? translate('server.badge.printFailedNamed', { name: opts.printerName, reason })
                      : translate('server.badge.printFailed', { reason }),
                    { cancelled: false, reason },
                  ),
            )
          })
        }),
    ),
  )
}

export function htmlToPdf(html: string, opts: { pageSize: PageSpec; landscape?: boolean }): Promise<Buffer> {
  return serially(() =>
    withPrintWindow(html, async (contents) => {
      const data = await contents.printToPDF(pdfOptionsFor(opts.pageSize, opts.landscape ?? false))
      return Buffer.from(data)
    }),
  )
}

/** Asks where to save, then writes the file from main. Resolves to the path, or null if cancelled. */
export async function savePdfWithDialog(
  pdf: Buffer,
  defaultFileName: string,
  parent?: BrowserWindow | null,
): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    title: translate('server.badge.savePdfTitle'),
    defaultPath: defaultFileName,
    filters: [{ name: translate('server.badge.pdfDocument'), extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }
  const answer =
    parent && !parent.isDestroyed()
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options)
  if (answer.canceled || !answer.filePath) return null
  const filePath = answer.filePath.toLowerCase().endsWith('.pdf') ? answer.filePath : `${answer.filePath}.pdf`
  await writeFile(filePath, pdf)
  return filePath
}

export interface PrinterSummary {
  name: string
  displayName: string
  isDefault: boolean
}

export async function listPrinters(contents: WebContents): Promise<PrinterSummary[]> {
  const printers = await contents.getPrintersAsync()
  return printers.map((p) => ({
    name: p.name,
    displayName: p.displayName || p.name,
    isDefault: isDefaultPrinter(p),
  }))
}

/** Electron dropped `isDefault` from PrinterInfo; CUPS still says it in the options on some systems. */
function isDefaultPrinter(p: Electron.PrinterInfo): boolean {
  const legacy = (p as { isDefault?: unknown }).isDefault
  if (typeof legacy === 'boolean') return legacy
  const options = (p.options ?? {}) as Record<string, unknown>
  return options['is-default'] === 'true' || options['printer-is-default'] === 'true'
}
