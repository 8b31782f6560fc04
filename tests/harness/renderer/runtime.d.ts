/** Types for runtime.js (plain JS because it is inlined into pages as text). */
export interface RendererDoubleConfig {
  global?: Record<string, any>
  binding?: (message: any) => Promise<any>
  bindingName?: string
  dispatchName: string
  isTopFrame?: boolean
  contextIsolation?: boolean
  platform?: string
  versions?: Record<string, string>
}

export interface RendererDouble {
  electron: {
    contextBridge: RendererDouble['contextBridge']
    ipcRenderer: RendererDouble['ipcRenderer']
    webFrame: Record<string, (...args: any[]) => any>
    webUtils: { getPathForFile(file: unknown): string }
  }
  contextBridge: { exposeInMainWorld(apiKey: string, api: unknown): void }
  ipcRenderer: {
    invoke(channel: string, ...args: unknown[]): Promise<unknown>
    send(channel: string, ...args: unknown[]): void
    on(channel: string, listener: (...args: any[]) => void): RendererDouble['ipcRenderer']
    once(channel: string, listener: (...args: any[]) => void): RendererDouble['ipcRenderer']
    removeListener(channel: string, listener: (...args: any[]) => void): RendererDouble['ipcRenderer']
    removeAllListeners(channel?: string): RendererDouble['ipcRenderer']
    listenerCount(channel: string): number
  }
  dispatch(channel: string, args: unknown[]): void
  require(name: string): unknown
  copy(value: unknown): unknown
  runPreload(preload: (...args: any[]) => void, filename: string): void
}

export function installRendererDouble(config: RendererDoubleConfig): RendererDouble
