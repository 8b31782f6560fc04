import { isLanguage, textDirection } from '../../shared/i18n/languages'
import { translatorFor } from '../../shared/i18n/translate'
import { escapeHtml, textToHtml } from '../notify/templates'

export interface AgreementDocument {
  siteName: string
  agreementText: string
  visitorName: string
  company: string
  hostName: string
  signaturePngBase64: string
  signedAt: Date
  /** The language the visitor signed in (the kiosk's choice): the document's words are in it. */
  language: string
}

/** "2026-12-03 09:14:05 UTC+01:00 (2026-12-03T08:14:05.000Z)": local and unambiguous. */
export function signedAtText(at: Date): string {
  const offset = -at.getTimezoneOffset()
  const sign = offset >= 0 ? '+' : '-'
  const abs = Math.abs(offset)
  const pad = (n: number) => String(n).padStart(2, '0')
  const local = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`
  return `${local} UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)} (${at.toISOString()})`
}

/** The signed agreement as a printable page; main turns it into a PDF (printToPDF). */
export function agreementHtml(d: AgreementDocument): string {
  const language = isLanguage(d.language) ? d.language : 'en'
  const t = translatorFor(language)
  const title = escapeHtml(t('kiosk.agreement'))
  return `<!doctype html>
<html lang="${escapeHtml(d.language)}" dir="${textDirection(language)}"><head><meta charset="utf-8"><title>${title}</title>
<style>
  body { font: 11pt/1.5 system-ui, sans-serif; margin: 20mm; color: #000; }
  h1 { font-size: 16pt; margin: 0 0 4mm; }
  .meta { margin: 6mm 0; border-collapse: collapse; }
  .meta td { padding: 1mm 4mm 1mm 0; vertical-align: top; }
  .signature { border: 1px solid #888; width: 120mm; height: 45mm; object-fit: contain; background: #fff; }
</style></head>
<body>
  <h1>${title}${d.siteName ? ` — ${escapeHtml(d.siteName)}` : ''}</h1>
  <section>${textToHtml(d.agreementText)}</section>
  <table class="meta">
    <tr><td>${escapeHtml(t('kiosk.document.visitor'))}</td><td>${escapeHtml(d.visitorName)}</td></tr>
    ${d.company ? `<tr><td>${escapeHtml(t('kiosk.company'))}</td><td>${escapeHtml(d.company)}</td></tr>` : ''}
    <tr><td>${escapeHtml(t('kiosk.document.host'))}</td><td>${escapeHtml(d.hostName)}</td></tr>
    <tr><td>${escapeHtml(t('kiosk.document.signed'))}</td><td>${escapeHtml(signedAtText(d.signedAt))}</td></tr>
  </table>
  <p>${escapeHtml(t('kiosk.document.signature'))}</p>
  <img class="signature" alt="${escapeHtml(t('kiosk.document.signatureOf', { name: d.visitorName }))}" src="data:image/png;base64,${d.signaturePngBase64}">
</body></html>`
}
