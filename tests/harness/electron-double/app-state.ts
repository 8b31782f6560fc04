/** Lifecycle flags shared by the double's modules (kept apart to avoid import cycles). */
export const appState = {
  ready: false,
  quitting: false,
  exited: false,
}
