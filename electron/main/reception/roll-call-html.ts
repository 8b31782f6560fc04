import type { RollCallEntry } from '../../shared/contract/reception'
import { BADGE_FONTS } from '../badge/badge-html'
import { dateTimeText } from '../app/time-words'
import { translateKey as t } from '../app/live-words'
import { currentLanguage, languageState } from '../i18n'

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  )

/** Through the one shared formatter, in the current language; an unreadable time is printed as it came. */
const time = (iso: string): string => (Number.isNaN(new Date(iso).getTime()) ? iso : dateTimeText(iso))

/**
 * The evacuation roll call as one static A4 page set (the print window runs without JavaScript):
 * who is on site, with photo, company, host and time in, and a tick box per person for the muster point.
 */
export function rollCallHtml(input: {
  siteName: string
  generatedAt: string
  entries: (Omit<RollCallEntry, 'station'> & { station?: string })[]
  /** How fresh the server's part is ("Server visit history as of ..."), printed under the title. */
  serverNote?: string | null
}): string {
  const people = input.entries.reduce((n, e) => n + e.visitorCount, 0)
  const rows = input.entries
    .map(
      (e) => `<tr>
  <td class="photo">${e.photoBase64 ? `<img src="data:image/jpeg;base64,${e.photoBase64}" alt="">` : ''}</td>
  <td><strong dir="auto">${escapeHtml(e.visitorName)}</strong>${e.visitorCount > 1 ? ` <span class="party">+${e.visitorCount - 1}</span>` : ''}${
    e.status === 'pending'
      ? ` <span class="pending">${escapeHtml(t('server.rollCall.notYetOnServer'))}</span>`
      : ''
  }</td>
  <td>${escapeHtml(e.company)}</td>
  <td>${escapeHtml(e.hostName)}</td>
  <td>${escapeHtml(e.registeredElsewhere ? t('server.rollCall.registeredElsewhere') : (e.station ?? ''))}</td>
  <td>${escapeHtml(time(e.checkedInAt))}</td>
  <td class="tick">&#9744;</td>
</tr>`,
    )
    .join('\n')
  const lang = currentLanguage()
  const title = t('server.rollCall.title')
  const head = ['photo', 'visitor', 'company', 'host', 'desk', 'timeIn', 'safe']
    .map((k) => `<th>${escapeHtml(t(`server.rollCall.${k}`))}</th>`)
    .join('')
  const counts = t('server.rollCall.counts', { visits: input.entries.length, people })
  return `<!doctype html><html lang="${escapeHtml(lang)}" dir="${languageState().direction}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>
  body { font: 11pt ${BADGE_FONTS}; margin: 12mm; color: #000; }
  h1 { font-size: 18pt; margin: 0 0 2mm; }
  p.meta { margin: 0 0 6mm; }
  table { width: 100%; border-collapse: collapse; }
  th, td { border: 1px solid #444; padding: 2mm; text-align: start; vertical-align: middle; }
  thead { display: table-header-group; }
  tr { page-break-inside: avoid; }
  td.photo { width: 18mm; }
  td.photo img { width: 15mm; height: 20mm; object-fit: cover; }
  td.tick { width: 12mm; text-align: center; font-size: 16pt; }
  .pending { color: #a00; font-size: 9pt; }
  .party { font-size: 9pt; }
</style></head><body>
<h1>${escapeHtml(title)}${input.siteName ? ` — ${escapeHtml(input.siteName)}` : ''}</h1>
<p class="meta">${escapeHtml(t('server.rollCall.printed', { time: time(input.generatedAt) }))} ${escapeHtml(counts)}${
    input.serverNote ? `<br><span class="server-note">${escapeHtml(input.serverNote)}</span>` : ''
  }</p>
<table><thead><tr>${head}</tr></thead>
<tbody>
${rows || `<tr><td colspan="7">${escapeHtml(t('server.rollCall.nobody'))}</td></tr>`}
</tbody></table></body></html>`
}
