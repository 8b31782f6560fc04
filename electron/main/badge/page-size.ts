/**
 * Page sizes in the units each Electron API wants: `webContents.print` takes microns,
 * `webContents.printToPDF` takes inches. Both also get the size as CSS `@page` in the document, so the
 * PDF and the paper come out the same.
 */
import { BADGE_PAGE_MM } from '../../shared/contract/badge'
import type { BadgeLayout } from '../../shared/settings'

export type PageSpec = 'A4' | 'A6' | { widthMm: number; heightMm: number }

const NAMED_MM = { A4: { widthMm: 210, heightMm: 297 }, A6: { widthMm: 105, heightMm: 148 } } as const

export const MM_PER_INCH = 25.4

export function pageMm(page: PageSpec): { widthMm: number; heightMm: number } {
  return typeof page === 'string' ? NAMED_MM[page] : page
}

export function badgePage(layout: BadgeLayout): PageSpec {
  if (layout === 'a6') return 'A6'
  const { widthMm, heightMm } = BADGE_PAGE_MM[layout]
  return { widthMm, heightMm }
}

/** For `webContents.print`: a named size or `{ width, height }` in microns. */
export function printPageSize(page: PageSpec): string | { width: number; height: number } {
  if (typeof page === 'string') return page
  return { width: Math.round(page.widthMm * 1000), height: Math.round(page.heightMm * 1000) }
}

/** For `webContents.printToPDF`: a named size or `{ width, height }` in inches. */
export function pdfPageSize(page: PageSpec): string | { width: number; height: number } {
  if (typeof page === 'string') return page
  return { width: page.widthMm / MM_PER_INCH, height: page.heightMm / MM_PER_INCH }
}

/** The CSS `@page` size, e.g. '102mm 76mm'. */
export function cssPageSize(page: PageSpec): string {
  const { widthMm, heightMm } = pageMm(page)
  return `${widthMm}mm ${heightMm}mm`
}
