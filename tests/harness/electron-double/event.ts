/** Electron's event object: listeners get it first and may call preventDefault(). */
export interface ElectronEvent {
  preventDefault(): void
  readonly defaultPrevented: boolean
  [key: string]: unknown
}

export function createEvent(fields: Record<string, unknown> = {}): ElectronEvent {
  let prevented = false
  return Object.assign(
    {
      preventDefault() {
        prevented = true
      },
      get defaultPrevented() {
        return prevented
      },
    },
    fields,
  )
}
