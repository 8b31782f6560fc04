import { describe, expect, it } from 'vitest'
import { BADGE_PAGE_MM } from '../../../electron/shared/contract/badge'
import {
  badgePage,
  cssPageSize,
  MM_PER_INCH,
  pdfPageSize,
  printPageSize,
} from '../../../electron/main/badge/page-size'
import {
  isCancelReason,
  pdfOptionsFor,
  printOptionsFor,
  safeFileName,
} from '../../../electron/main/badge/print-options'

describe('badge page sizes', () => {
  it('uses the named A6 size and custom sizes for the labels', () => {
    expect(badgePage('a6')).toBe('A6')
    expect(badgePage('label62')).toEqual({ widthMm: 62, heightMm: 100 })
    expect(badgePage('card102x76')).toEqual({ widthMm: 102, heightMm: 76 })
    expect(BADGE_PAGE_MM.a6).toMatchObject({ widthMm: 105, heightMm: 148 })
  })

  it('gives print() microns and printToPDF() inches for the same label', () => {
    const page = badgePage('label62')
    expect(printPageSize(page)).toEqual({ width: 62_000, height: 100_000 })
    const inches = pdfPageSize(page) as { width: number; height: number }
    expect(inches.width * MM_PER_INCH).toBeCloseTo(62, 6)
    expect(inches.height * MM_PER_INCH).toBeCloseTo(100, 6)
    expect(printPageSize('A6')).toBe('A6')
    expect(pdfPageSize('A4')).toBe('A4')
  })

  it('writes the same size as CSS @page', () => {
    expect(cssPageSize(badgePage('card102x76'))).toBe('102mm 76mm')
    expect(cssPageSize('A6')).toBe('105mm 148mm')
  })
})

describe('print options', () => {
  it('silent print to the configured printer, no margins, backgrounds on', () => {
    expect(
      printOptionsFor({ pageSize: badgePage('card102x76'), silent: true, printerName: 'Label-62' }),
    ).toEqual({
      silent: true,
      deviceName: 'Label-62',
      printBackground: true,
      margins: { marginType: 'none' },
      pageSize: { width: 102_000, height: 76_000 },
      landscape: false,
    })
  })

  it('leaves the printer to the system (or the dialog) when none is configured', () => {
    const opts = printOptionsFor({ pageSize: 'A6', silent: false, printerName: '' })
    expect(opts).not.toHaveProperty('deviceName')
    expect(opts.silent).toBe(false)
  })

  it('lets the document @page size win in the PDF', () => {
    expect(pdfOptionsFor('A6')).toMatchObject({
      preferCSSPageSize: true,
      printBackground: true,
      pageSize: 'A6',
    })
  })

  it('recognises a cancelled print dialog', () => {
    expect(isCancelReason('cancelled')).toBe(true)
    expect(isCancelReason('Print job canceled')).toBe(true)
    expect(isCancelReason('Invalid deviceName provided')).toBe(false)
  })

  it('makes file names safe on every OS', () => {
    expect(safeFileName('badge', 'Ana María Löfgren', '2026-11-29')).toBe(
      'badge-Ana-Maria-Lofgren-2026-11-29.pdf',
    )
    expect(safeFileName('badge', '../../etc/passwd', 'x')).toBe('badge-etc-passwd-x.pdf')
    expect(safeFileName('', '', '')).toBe('document.pdf')
  })
})
