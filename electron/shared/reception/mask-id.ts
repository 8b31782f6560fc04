/**
 * ID document numbers in lists show only their last four characters: enough to tell two visitors
 * apart at the desk, not enough to copy a passport number off a screen. The full number is shown only
 * in one visit's details.
 */
export const MASK_CHAR = '•'

export function maskIdNumber(value: string, visible = 4): string {
  const text = value.trim()
  if (!text) return ''
  // A short number keeps at most half of itself visible.
  const keep = Math.min(visible, Math.floor(text.length / 2))
  return MASK_CHAR.repeat(text.length - keep) + text.slice(text.length - keep)
}
