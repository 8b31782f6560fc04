import type { ConnectionStatus } from '../../shared/contract/connection'
import type { Handlers } from '../ipc/validated-ipc-main'

/** Reads the connection state from whoever tracks it (the connection monitor). */
export interface ConnectionStatusSource {
  current(): ConnectionStatus
}

export function createConnectionHandlers(source: ConnectionStatusSource): Pick<Handlers, 'connection.status'> {
  return { 'connection.status': () => source.current() }
}
