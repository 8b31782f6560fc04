/**
 * CSV for spreadsheets. Cells are quoted when needed, and a cell that a spreadsheet would run as a
 * formula (=, +, -, @, tab, CR at the start) is prefixed with an apostrophe: event rows carry names
 * typed by people, and an exported log must not become a way to run formulas on the guard's PC.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text
}

export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(',')
}

/** CRLF line ends and a BOM: what Excel expects to open UTF-8 names correctly. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  return '\uFEFF' + [csvLine(header), ...rows.map(csvLine)].join('\r\n') + '\r\n'
}
