import type { IpcError, IpcErrorCode } from '../../shared/result'

/**
 * An error a handler throws on purpose: its message is written for the person at the desk and is
 * sent to the renderer as it is.
 */
export class AppError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    readonly details?: IpcError['details'],
  ) {
    super(message)
    this.name = 'AppError'
  }

  toIpcError(): IpcError {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) }
  }
}

/** Anything with `toIpcError()` (AppError, ZkbioError) explains itself; everything else is internal. */
export function toIpcError(error: unknown): IpcError | null {
  if (error && typeof error === 'object' && 'toIpcError' in error) {
    const fn = (error as { toIpcError: unknown }).toIpcError
    if (typeof fn === 'function') return (fn as () => IpcError).call(error)
  }
  return null
}
