/**
 * Start-up phases as performance marks, each the first time only (forms and boards mount again and
 * again). The cold-start bench reads them: when the page itself reached a state, not when the test
 * driver noticed it. Once per page and free to keep.
 */
export function markFirstStart(phase: string): void {
  const name = `gatehouse:${phase}`
  if (performance.getEntriesByName(name).length === 0) performance.mark(name)
}
