import { h } from 'vue'

/** The look of a board chip: a live state's colour, or `stale` (greyed, italic) when not live. */
export type ChipLook = 'success' | 'error' | 'warning' | 'default' | 'info' | 'stale'

/**
 * A state chip on the guard boards (door and gate states, links, alarms), styled in board.css: a plain
 * span, not a Naive tag, as the virtual boards render rows by the hundred while they scroll. `title`
 * gives the chip a tooltip (an alarm's own text, say).
 */
export function chip(label: string, look: ChipLook, title?: string) {
  return h('span', { class: `chip chip--${look}`, title }, label)
}
