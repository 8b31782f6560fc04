import type { RollCallEntry } from '../../shared/contract/reception'

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  )

const time = (iso: string): string => {
  const d = new Date(iso)
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString('en-GB', { dateStyle: 'short', timeStyle: 'short' })
}

/**
 * The evacuation roll call as one static A4 page set (the print window runs without JavaScript):
 * who is on site, with photo, company, host and time in, and a tick box per person for the muster point.
 */
export function rollCallHtml(input: {
  siteName: string
  generatedAt: string
  entries: (Omit<RollCallEntry, 'station'> & { station?: string })[]
}): string {
  const people = input.entries.reduce((n, e) => n + e.visitorCount, 0)
  const rows = input.entries
    .map(
      (e) => `<tr>
  <td class="photo">${e.photoBase64 ? `<img src="data:image/jpeg;base64,${e.photoBase64}" alt="">` : ''}</td>
  <td><strong>${escapeHtml(e.visitorName)}</strong>${e.visitorCount > 1 ? ` <span class="party">+${e.visitorCount - 1}</span>` : ''}${
    e.status === 'pending' ? ' <span class="pending">(not yet on server)</span>' : ''
  }</td>
  <td>${escapeHtml(e.company)}</td>
  <td>${escapeHtml(e.hostName)}</td>
  <td>${escapeHtml(e.station ?? '')}</td>
  <td>${escapeHtml(time(e.checkedInAt))}</td>
  <td class="tick">&#9744;</td>
</tr>`,
    )
    .join('\n')
  return `<!doctype html><html><head><meta charset="utf-8"><title>Evacuation roll call</title><style>
  body { font: 11pt system-ui, sans-serif; margin: 12mm; color: #000; }
  h1 { font-size: 18pt; margin: 0 0 2mm; }
  p.meta { margin: 0 0 6mm; }
  table { width: 100%; border-collapse: collapse; }
  th, td { border: 1px solid #444; padding: 2mm; text-align: left; vertical-align: middle; }
  thead { display: table-header-group; }
  tr { page-break-inside: avoid; }
  td.photo { width: 18mm; }
  td.photo img { width: 15mm; height: 20mm; object-fit: cover; }
  td.tick { width: 12mm; text-align: center; font-size: 16pt; }
  .pending { color: #a00; font-size: 9pt; }
  .party { font-size: 9pt; }
</style></head><body>
<h1>Evacuation roll call${input.siteName ? ` — ${escapeHtml(input.siteName)}` : ''}</h1>
<p class="meta">Printed ${escapeHtml(time(input.generatedAt))}. ${input.entries.length} visit(s), ${people} person(s) on site.</p>
<table><thead><tr><th>Photo</th><th>Visitor</th><th>Company</th><th>Host</th><th>Desk</th><th>Time in</th><th>Safe</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="7">Nobody is registered on site.</td></tr>'}
</tbody></table></body></html>`
}
