/**
 * A tiny request/response protocol over a Node IPC channel (`child_process.fork` with
 * `serialization: 'advanced'`, i.e. the structured clone algorithm: the same rules Electron applies to
 * IPC payloads). Both the test process and the main process use it, each side answering the other's
 * calls: the test process owns Chromium, the main process owns the app and the electron double.
 */
export type RpcHandler = (params: unknown) => unknown

interface CallMessage {
  rpc: 'call'
  id: number
  method: string
  params: unknown
}
interface ReplyMessage {
  rpc: 'reply'
  id: number
  ok: boolean
  value?: unknown
  error?: string
}
type RpcMessage = CallMessage | ReplyMessage

export interface RpcPort {
  send(message: unknown): void
  onMessage(listener: (message: unknown) => void): void
}

export interface RpcPeer {
  call<T = unknown>(method: string, params?: unknown): Promise<T>
  handle(method: string, handler: RpcHandler): void
  /** Rejects every pending call (the other side went away). */
  closePending(reason: string): void
}

function isRpcMessage(message: unknown): message is RpcMessage {
  return typeof message === 'object' && message !== null && 'rpc' in message
}

export function createRpcPeer(port: RpcPort): RpcPeer {
  let nextId = 1
  const pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void; method: string }
  >()
  const handlers = new Map<string, RpcHandler>()

  port.onMessage((message) => {
    if (!isRpcMessage(message)) return
    if (message.rpc === 'reply') {
      const waiter = pending.get(message.id)
      if (!waiter) return
      pending.delete(message.id)
      if (message.ok) waiter.resolve(message.value)
      else waiter.reject(new Error(message.error ?? `${waiter.method} failed`))
      return
    }
    const handler = handlers.get(message.method)
    const reply = (r: Omit<ReplyMessage, 'rpc' | 'id'>) => {
      try {
        port.send({ rpc: 'reply', id: message.id, ...r })
      } catch {
        // The other side is gone; nothing to answer.
      }
    }
    if (!handler) {
      reply({ ok: false, error: `No harness handler for '${message.method}'` })
      return
    }
    Promise.resolve()
      .then(() => handler(message.params))
      .then(
        (value) => reply({ ok: true, value }),
        (error: unknown) =>
          reply({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      )
  })

  return {
    call<T>(method: string, params?: unknown): Promise<T> {
      const id = nextId++
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, method })
        try {
          port.send({ rpc: 'call', id, method, params })
        } catch (error) {
          pending.delete(id)
          reject(error instanceof Error ? error : new Error(String(error)))
        }
      })
    },
    handle(method, handler) {
      handlers.set(method, handler)
    },
    closePending(reason) {
      for (const [id, waiter] of pending) {
        pending.delete(id)
        waiter.reject(new Error(`${waiter.method}: ${reason}`))
      }
    },
  }
}
