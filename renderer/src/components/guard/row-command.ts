import { h } from 'vue'

/**
 * A row's command on the guard boards (open door, close door, open gate...): a plain button, as the
 * virtual boards re-create rows on every scroll step. Blocked (server link lost, controller offline)
 * it stays focusable with aria-disabled and the reason in its tooltip, and a press does nothing: a
 * natively disabled button drops the keyboard focus to the page, so a guard tabbing along the board
 * lost their place whenever the link blinked.
 */
export function rowCommand(label: string, name: string, blocked: string | null, onClick: () => void) {
  return h(
    'button',
    {
      type: 'button',
      class: 'row-button',
      'aria-label': name,
      'aria-disabled': blocked ? 'true' : undefined,
      title: blocked ?? '',
      onClick: () => {
        if (!blocked) onClick()
      },
    },
    label,
  )
}
