/**
 * The printed badge as one static HTML document: inline CSS, the photo and the QR as data: images, no
 * script (the print window runs with JavaScript off). Every text from a visit is escaped.
 */
import type { Translate } from '../../shared/guard/alarm-title'
import type { BadgeLayout } from '../../shared/settings'
import { badgePage, cssPageSize, pageMm } from './page-size'

/**
 * Fonts that have the glyphs of every name a desk registers: DejaVu Sans (Latin, Cyrillic, Greek,
 * Arabic) then the CJK faces (WenQuanYi Micro Hei on Debian, Noto/Source Han elsewhere, YaHei on
 * Windows, PingFang on macOS). Chromium falls back per character along this list.
 */
export const BADGE_FONTS =
  '"DejaVu Sans", "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "WenQuanYi Micro Hei", ' +
  '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "Segoe UI", Tahoma, Arial, sans-serif'

/** The printed words in the badge's language (main's translate) and that language's tag. */
export interface BadgeWords {
  t: Translate
  /** BCP 47 tag ('en', 'ar', 'zh-CN'...): the document's lang; Arabic lays the badge out right to left. */
  lang: string
}

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
export function badgeHeading(siteName: string, validUntil: string, t: Translate): string {
  if (siteName.trim()) return siteName.trim()
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(validUntil.trim())?.[1]
  return day ? t('server.badge.visitOf', { day }) : ''
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

export function buildBadgeHtml(content: BadgeContent, words: BadgeWords): string {
  const { t } = words
  const page = badgePage(content.layout)
  const { widthMm, heightMm } = pageMm(page)
  const lang = escapeHtml(words.lang)
  const dir = /^(ar|fa|he|ur)\b/i.test(words.lang) ? 'rtl' : 'ltr'
  const photo = content.photoBase64
    ? `<img class="photo" alt="${escapeHtml(t('server.badge.photoAlt'))}" src="data:image/jpeg;base64,${content.photoBase64}">`
    : `<div class="photo nophoto">${escapeHtml(t('server.badge.noPhoto'))}</div>`
  // dir="auto" on what a person typed: an Arabic name reads right to left on an English badge too.
  const company = content.company
    ? `<div class="line company" dir="auto">${escapeHtml(content.company)}</div>`
    : ''
  const hostAndValidity = [
    `<div class="line host">${escapeHtml(t('server.badge.visiting'))} <b dir="auto">${escapeHtml(content.hostName)}</b></div>`,
    `<div class="line valid">${escapeHtml(t('server.badge.validUntil'))} <b dir="ltr">${escapeHtml(formatValidUntil(content.validUntil))}</b></div>`,
  ].join('')
  // The card layout puts host and validity in a band across the bottom; the others under the name.
  const footed = content.layout === 'card102x76'
  const lines = footed ? company : company + hostAndValidity
  const foot = footed ? `<div class="foot">${hostAndValidity}</div>` : ''
  return `<!doctype html>
<html lang="${lang}" dir="${dir}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(t('server.badge.documentTitle', { name: content.visitorName }))}</title>
<style>
  @page { size: ${cssPageSize(page)}; margin: 0; }
  * { box-sizing: border-box; }
  html, body { margin: 0; padding: 0; background: #fff; color: #000;
    font-family: ${BADGE_FONTS};
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
  <div class="head"><span class="site" dir="auto">${escapeHtml(badgeHeading(content.siteName, content.validUntil, t))}</span><span class="kind">${escapeHtml(t('server.badge.visitor'))}</span></div>
  ${photo}
  <div class="text"><div class="name" dir="auto">${escapeHtml(content.visitorName)}</div>${lines}</div>
  <img class="qr" alt="${escapeHtml(t('server.badge.qrAlt'))}" src="${svgDataUrl(content.qrSvg)}">
  ${foot}
</main></body></html>`
}
