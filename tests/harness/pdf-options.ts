/** Electron's printToPDF options -> Playwright's page.pdf options (Electron measures in inches). */
export function toPlaywrightPdfOptions(options: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {
    landscape: options.landscape === true,
    printBackground: options.printBackground === true,
    displayHeaderFooter: options.displayHeaderFooter === true,
    scale: typeof options.scale === 'number' ? options.scale : 1,
    preferCSSPageSize: options.preferCSSPageSize === true,
  }
  const size = options.pageSize ?? 'Letter'
  if (typeof size === 'string') out.format = size
  else if (size && typeof size === 'object') {
    const { width, height } = size as { width: number; height: number }
    out.width = `${width}in`
    out.height = `${height}in`
  }
  const m = (options.margins ?? {}) as Record<string, unknown>
  // Electron's default margin is 1cm on every side; marginType 'none' means 0 (print()'s vocabulary).
  const fallback = m.marginType === 'none' ? '0in' : m.marginType === 'printableArea' ? '0.25in' : '0.3937in'
  const inch = (v: unknown) => (typeof v === 'number' ? `${v}in` : fallback)
  out.margin = { top: inch(m.top), bottom: inch(m.bottom), left: inch(m.left), right: inch(m.right) }
  if (typeof options.pageRanges === 'string' && options.pageRanges) out.pageRanges = options.pageRanges
  if (typeof options.headerTemplate === 'string') out.headerTemplate = options.headerTemplate
  if (typeof options.footerTemplate === 'string') out.footerTemplate = options.footerTemplate
  return out
}
