/**
 * The printed badge as one static HTML document: inline CSS, the photo and the QR as data: images, no
 * script (the print window runs with JavaScript off). Every text from a visit is escaped.
 */
import type { BadgeLayout } from '../../shared/settings'
import { badgePage, cssPageSize, pageMm } from './page-size'

export interface BadgeContent {
  layout: BadgeLayout
  siteName: string
  visitorName: string
  company: string
  hostName: string
  /** 'yyyy-MM-dd HH:mm:ss' (server local time) as registered. */
  validUntil: string
  /** Bare base64 JPEG or null. */
  photoBase64: string | null
  /** SVG markup of the QR (from qr-svg.ts). */
  qrSvg: string
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  )
}

/** '2026-11-29 23:59:59' -> '2026-11-29 23:59' (seconds mean nothing on a badge). */
export function formatValidUntil(serverTime: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})(:\d{2})?$/.exec(serverTime.trim())
  return m ? `${m[1]} ${m[2]}` : serverTime
}

/**
 * The badge's heading: the site's name, or without one the day the badge is for (not a second
 * "Visitor" beside the VISITOR tag).
 */
export function badgeHeading(siteName: string, validUntil: string): string {
  if (siteName.trim()) return siteName.trim()
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(validUntil.trim())?.[1]
  return day ? `Visit of ${day}` : ''
}

/** Per layout: where the photo and QR sit and how big (mm), and the type sizes (mm). */
const GEOMETRY: Record<BadgeLayout, { css: string }> = {
  label62: {
    css: `
      .badge { padding: 2.5mm; grid-template-columns: 24mm 1fr; grid-template-rows: 7mm 32mm 1fr;
        grid-template-areas: "head head" "photo qr" "text text"; column-gap: 2mm; row-gap: 2mm; }
      .photo { width: 24mm; height: 32mm; }
      .qr { width: 32mm; height: 32mm; justify-self: end; }
      .site { font-size: 3.4mm; } .name { font-size: 5mm; } .line { font-size: 3mm; }`,
  },
  card102x76: {
    // Head, then photo | name | QR, then the host and validity across the whole width: no empty half.
    css: `
      .badge { padding: 3mm; grid-template-columns: 27mm 1fr 36mm; grid-template-rows: 8mm 36mm 1fr;
        grid-template-areas: "head head head" "photo text qr" "foot foot foot"; column-gap: 3mm; row-gap: 2.5mm; }
      .photo { width: 27mm; height: 36mm; }
      .qr { width: 36mm; height: 36mm; }
      .site { font-size: 3.8mm; } .name { font-size: 5.2mm; } .line { font-size: 3mm; }
      .foot { font-size: 3.6mm; }`,
  },
  a6: {
    css: `
      .badge { padding: 5mm; grid-template-columns: 45mm 1fr; grid-template-rows: 12mm 60mm 1fr;
        grid-template-areas: "head head" "photo qr" "text text"; column-gap: 5mm; row-gap: 4mm; }
      .photo { width: 45mm; height: 60mm; }
      .qr { width: 45mm; height: 45mm; justify-self: end; align-self: center; }
      .site { font-size: 5mm; } .name { font-size: 8mm; } .line { font-size: 4.2mm; }`,
  },
}

export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`
}

export function buildBadgeHtml(content: BadgeContent): string {
  const page = badgePage(content.layout)
  const { widthMm, heightMm } = pageMm(page)
  const photo = content.photoBase64
    ? `<img class="photo" alt="Visitor photo" src="data:image/jpeg;base64,${content.photoBase64}">`
    : `<div class="photo nophoto">No photo</div>`
  const company = content.company ? `<div class="line company">${escapeHtml(content.company)}</div>` : ''
  const hostAndValidity = [
    `<div class="line host">Visiting: <b>${escapeHtml(content.hostName)}</b></div>`,
    `<div class="line valid">Valid until: <b>${escapeHtml(formatValidUntil(content.validUntil))}</b></div>`,
  ].join('')
  // The card layout puts host and validity in a band across the bottom; the others under the name.
  const footed = content.layout === 'card102x76'
  const lines = footed ? company : company + hostAndValidity
  const foot = footed ? `<div class="foot">${hostAndValidity}</div>` : ''
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>Visitor badge - ${escapeHtml(content.visitorName)}</title>
<style>
  @page { size: ${cssPageSize(page)}; margin: 0; }
  * { box-sizing: border-box; }
  html, body { margin: 0; padding: 0; background: #fff; color: #000;
    font-family: "DejaVu Sans", Arial, Helvetica, sans-serif;
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .badge { width: ${widthMm}mm; height: ${heightMm}mm; overflow: hidden; display: grid; }
  .head { grid-area: head; display: flex; align-items: center; justify-content: space-between;
    border-bottom: 0.5mm solid #000; }
  .site { font-weight: bold; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .kind { font-weight: bold; background: #000; color: #fff; padding: 0.5mm 1.5mm; font-size: 3mm; }
  .photo { grid-area: photo; object-fit: cover; display: block; border: 0.3mm solid #000; }
  .nophoto { display: flex; align-items: center; justify-content: center; font-size: 3mm; color: #555; }
  .qr { grid-area: qr; display: block; }
  .text { grid-area: text; overflow: hidden; min-width: 0; }
  .name { font-weight: bold; line-height: 1.1; margin-bottom: 1mm; overflow-wrap: break-word; hyphens: auto; }
  .line { line-height: 1.25; overflow-wrap: anywhere; }
  .valid b { white-space: nowrap; }
  .foot { grid-area: foot; border-top: 0.3mm solid #000; padding-top: 1.5mm; line-height: 1.35; }
  .foot .line { font-size: inherit; }
  ${GEOMETRY[content.layout].css}
</style></head>
<body><main class="badge layout-${content.layout}">
  <div class="head"><span class="site">${escapeHtml(badgeHeading(content.siteName, content.validUntil))}</span><span class="kind">VISITOR</span></div>
  ${photo}
  <div class="text"><div class="name">${escapeHtml(content.visitorName)}</div>${lines}</div>
  <img class="qr" alt="Visitor QR code" src="${svgDataUrl(content.qrSvg)}">
  ${foot}
</main></body></html>`
}
