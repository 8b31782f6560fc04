/**
 * The option objects handed to Electron's print and PDF calls, and small helpers around them. Pure, so
 * the units (microns for print, inches for PDF) and the choices are tested without Electron.
 */
import type { PrintToPDFOptions, WebContentsPrintOptions } from 'electron'
import { pdfPageSize, printPageSize, type PageSpec } from './page-size'

export interface PrintOptions {
  pageSize: PageSpec
  silent: boolean
  /** The OS printer name; empty or absent = the system default printer. */
  printerName?: string
}

/** The options handed to `webContents.print`, kept separate so tests can check them. */
export function printOptionsFor(opts: PrintOptions): WebContentsPrintOptions {
  const out: WebContentsPrintOptions = {
    silent: opts.silent,
    printBackground: true,
    margins: { marginType: 'none' },
    pageSize: printPageSize(opts.pageSize) as WebContentsPrintOptions['pageSize'],
    landscape: false,
  }
  if (opts.printerName) out.deviceName = opts.printerName
  return out
}

/** Electron reports a dialog the operator closed as the failure reason 'cancelled' (or 'Print job canceled'). */
export function isCancelReason(reason: string): boolean {
  return /cancel/i.test(reason)
}

export function pdfOptionsFor(pageSize: PageSpec, landscape = false): PrintToPDFOptions {
  return {
    pageSize: pdfPageSize(pageSize) as PrintToPDFOptions['pageSize'],
    printBackground: true,
    landscape,
    // printToPDF takes margins in inches (its default is 1 cm); the badge goes edge to edge.
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    // The document's @page size wins, so the PDF and the paper agree even if a size was rounded.
    preferCSSPageSize: true,
  }
}

/** A file name that is safe on every OS: 'badge-Jane-Doe-2026-11-29.pdf'. */
export function safeFileName(...parts: string[]): string {
  const base = parts
    .join('-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 100)
  return `${base || 'document'}.pdf`
}
