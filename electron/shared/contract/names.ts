/** Splits 'reception.registerVisitor' into its domain and verb; the preload builds the API with it. */
export function splitChannelName(name: string): { domain: string; verb: string } {
  const dot = name.indexOf('.')
  return { domain: name.slice(0, dot), verb: name.slice(dot + 1) }
}
