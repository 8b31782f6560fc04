/** The one sentence a person gets when the simulator's port is taken (never a stack trace). */
export function isPortInUse(error: unknown): boolean {
  return !!error && typeof error === 'object' && 'code' in error && error.code === 'EADDRINUSE'
}

export function portInUseMessage(port: number, otherPortHint: string): string {
  return (
    `Port ${port} is already in use by another program (perhaps a simulator or Gatehouse still running). ` +
    `Stop it, or use another port: ${otherPortHint}`
  )
}
