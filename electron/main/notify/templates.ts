/**
 * Message templates with `{placeholder}` fields, edited by an administrator in Settings. Unknown
 * placeholders stay as typed (so a typo shows up in the message instead of vanishing), and a value
 * can never inject another placeholder: replacement is one pass over the template.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? (values[key] ?? '') : whole,
  )
}

/** Wall-clock time of the desk, as hosts read it in a message ("14:05"). */
export function noticeTime(at: Date): string {
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`
}

/** Minimal HTML escaping for the e-mail body built from plain text. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )
}

/** Plain text to simple HTML paragraphs (blank line = new paragraph, newline = <br>). */
export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n')
}
