/**
 * `dialog`: never shows anything. Each call is recorded and answered from a per-method queue tests
 * fill (`queueDialogResponse('showSaveDialog', {canceled: false, filePath})`); an empty queue answers
 * like a person who pressed Cancel / the default button.
 */
import { state, toPlain } from './runtime'

type Method =
  'showMessageBox' | 'showSaveDialog' | 'showOpenDialog' | 'showErrorBox' | 'showCertificateTrustDialog'

const queues = new Map<string, unknown[]>()

export function queueDialogResponse(method: string, response: unknown): void {
  const base = method.replace(/Sync$/, '')
  if (!queues.has(base)) queues.set(base, [])
  queues.get(base)!.push(response)
}

export function resetDialogs(): void {
  queues.clear()
}

function defaultResponse(method: Method, options: Record<string, unknown>): unknown {
  switch (method) {
    case 'showMessageBox':
      return { response: Number(options.defaultId ?? 0), checkboxChecked: options.checkboxChecked === true }
    case 'showSaveDialog':
      return { canceled: true, filePath: '' }
    case 'showOpenDialog':
      return { canceled: true, filePaths: [] }
    default:
      return undefined
  }
}

/** Electron's dialogs take an optional parent window first. */
function split(args: unknown[]): { windowId: number | null; options: Record<string, unknown> } {
  const [first, second] = args
  const isWindow = typeof first === 'object' && first !== null && 'webContents' in first
  const windowId = isWindow ? Number((first as unknown as { id: number }).id) : null
  const options = (isWindow ? second : first) as Record<string, unknown> | undefined
  return { windowId, options: options ?? {} }
}

function answer(method: Method, args: unknown[]): unknown {
  const { windowId, options } = split(args)
  const queued = queues.get(method)?.shift()
  const response = queued ?? defaultResponse(method, options)
  state.recordings.dialogs.push({
    method,
    windowId,
    options: toPlain(options) as Record<string, unknown>,
    response,
  })
  return response
}

export const dialog = {
  showMessageBox: async (...args: unknown[]) => answer('showMessageBox', args),
  showMessageBoxSync: (...args: unknown[]) =>
    (answer('showMessageBox', args) as { response: number }).response,
  showSaveDialog: async (...args: unknown[]) => answer('showSaveDialog', args),
  showSaveDialogSync: (...args: unknown[]) => {
    const r = answer('showSaveDialog', args) as { canceled: boolean; filePath: string }
    return r.canceled ? undefined : r.filePath
  },
  showOpenDialog: async (...args: unknown[]) => answer('showOpenDialog', args),
  showOpenDialogSync: (...args: unknown[]) => {
    const r = answer('showOpenDialog', args) as { canceled: boolean; filePaths: string[] }
    return r.canceled ? undefined : r.filePaths
  },
  showErrorBox: (title: string, content: string) => void answer('showErrorBox', [{ title, content }]),
  showCertificateTrustDialog: async (...args: unknown[]) => void answer('showCertificateTrustDialog', args),
}
