/**
 * The whole preload: builds `window.gatehouse` from the contract's channel and event names. The page
 * gets named async functions and an `on()` that returns an unsubscribe function; no ipcRenderer, no
 * IpcRendererEvent and no Node API crosses the bridge. Runs sandboxed, so it requires only 'electron'.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { eventWireName, invokeWireName } from '../shared/contract/define'
import { splitChannelName } from '../shared/contract/names'

// Injected by electron.vite.config.ts from the contract (see there).
declare const __GATEHOUSE_CHANNELS__: readonly string[]
declare const __GATEHOUSE_EVENTS__: readonly string[]
const channelNames = __GATEHOUSE_CHANNELS__
const eventNames = __GATEHOUSE_EVENTS__

type Listener = (payload: unknown) => void

function buildApi(): Record<string, unknown> {
  const api: Record<string, Record<string, (request?: unknown) => Promise<unknown>> | unknown> = {}
  for (const name of channelNames) {
    const { domain, verb } = splitChannelName(name)
    const group = (api[domain] ??= {}) as Record<string, (request?: unknown) => Promise<unknown>>
    group[verb] = (request?: unknown) => ipcRenderer.invoke(invokeWireName(name), request)
  }
  const known = new Set<string>(eventNames)
  api.on = (eventName: string, listener: Listener): (() => void) => {
    if (!known.has(eventName)) throw new Error(`Unknown Gatehouse event: ${String(eventName)}`)
    if (typeof listener !== 'function') throw new Error('A listener function is required')
    const wire = eventWireName(eventName)
    // Strip the IpcRendererEvent: it carries `sender`, which must never reach the page.
    const relay = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
    ipcRenderer.on(wire, relay)
    return () => {
      ipcRenderer.removeListener(wire, relay)
    }
  }
  return api
}

contextBridge.exposeInMainWorld('gatehouse', buildApi())
