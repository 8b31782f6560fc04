/**
 * `ipcMain` (and `webContents.ipc`) with Electron's semantics, from lib/browser/ipc-main-impl.ts and
 * the '-ipc-invoke' dispatch in lib/browser/api/web-contents.ts: one handler per channel (a second
 * `handle` throws), an invoke with no handler fails with "No handler registered for '<channel>'", a
 * handler's error reaches the renderer as `error.toString()`, arguments and results are structured-cloned.
 */
import { EventEmitter } from 'node:events'

export type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown

export class IpcMainImpl extends EventEmitter {
  private readonly invokeHandlers = new Map<string, InvokeHandler>()

  handle(channel: string, handler: InvokeHandler): void {
    if (this.invokeHandlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`)
    }
    if (typeof handler !== 'function') {
      throw new TypeError(`Expected handler to be a function, but found type '${typeof handler}'`)
    }
    this.invokeHandlers.set(channel, handler)
  }

  handleOnce(channel: string, handler: InvokeHandler): void {
    this.handle(channel, (event, ...args) => {
      this.removeHandler(channel)
      return handler(event, ...args)
    })
  }

  removeHandler(channel: string): void {
    this.invokeHandlers.delete(channel)
  }

  hasHandler(channel: string): boolean {
    return this.invokeHandlers.has(channel)
  }

  getHandler(channel: string): InvokeHandler | undefined {
    return this.invokeHandlers.get(channel)
  }

  /** Channels with a handler, for tests ("every contract channel has exactly one handler"). */
  handledChannels(): string[] {
    return [...this.invokeHandlers.keys()]
  }

  clearHandlers(): void {
    this.invokeHandlers.clear()
  }
}

export const ipcMain = new IpcMainImpl()

export type InvokeReply = { result: unknown } | { error: string }

/**
 * Runs an invoke the way Electron's browser process does: the first of (frame ipc, webContents.ipc,
 * ipcMain) that has a handler answers; the reply is what crosses back to the renderer.
 */
export async function dispatchInvoke(
  targets: readonly IpcMainImpl[],
  event: unknown,
  channel: string,
  args: unknown[],
): Promise<InvokeReply> {
  const target = targets.find((t) => t.hasHandler(channel))
  if (!target) return { error: new Error(`No handler registered for '${channel}'`).toString() }
  try {
    const result = await Promise.resolve(target.getHandler(channel)!(event, ...structuredClone(args)))
    return { result: structuredClone(result) }
  } catch (error) {
    console.error(`Error occurred in handler for '${channel}':`, error)
    return { error: String(error) }
  }
}

/** The renderer side of a reply: `ipcRenderer.invoke` rejects with this message. */
export function invokeErrorMessage(channel: string, error: string): string {
  return `Error invoking remote method '${channel}': ${error}`
}
