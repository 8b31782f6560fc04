/**
 * Counted nouns in one place ("1 registration", "2 registrations"), so the coming translation work
 * has one function to replace instead of "registration(s)" scattered through the views.
 */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? singular : plural}`
}

/** "is"/"are" agreeing with a count. */
export const isAre = (n: number): string => (n === 1 ? 'is' : 'are')
