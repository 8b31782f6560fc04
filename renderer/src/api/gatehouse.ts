import type { GatehouseApi } from '@shared/contract/index'
import type { IpcError, Result } from '@shared/result'

/** The preload's API. The renderer reaches main only through these named functions. */
export const gatehouse: GatehouseApi = window.gatehouse

/** Thrown by `unwrap` so views can use try/catch and still show the server's plain message. */
export class GatehouseError extends Error {
  constructor(readonly error: IpcError) {
    super(error.message)
    this.name = 'GatehouseError'
  }
}

export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const result = await call
  if (!result.ok) throw new GatehouseError(result.error)
  return result.data
}

export function errorMessage(error: unknown): string {
  if (error instanceof GatehouseError) return error.message
  if (error instanceof Error) return error.message
  return String(error)
}
