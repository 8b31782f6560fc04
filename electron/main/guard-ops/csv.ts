/**
 * CSV for spreadsheets. Cells are quoted when needed, and a cell that a spreadsheet would run as a
 * formula is prefixed with an apostrophe: event rows carry names typed by people, and an exported log
 * must not become a way to run formulas on the guard's PC. Spreadsheets skip leading blanks and line
 * feeds and some read full-width signs as operators, so both count: a cell starting with whitespace
 * (any, including CR/LF, tab, no-break and ideographic spaces) or with = + - @ in ASCII, full-width
 * (＝＋－＠) or small (﹦﹢﹣﹫) form is guarded.
 */
const FORMULA_START =
  /^[\s\u00a0\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b]|^[\t\r\n]/

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (FORMULA_START.test(text)) text = `'${text}`
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
