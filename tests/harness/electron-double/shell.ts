/** `shell`: recorded, never opens anything on the machine running the tests. */
import { state } from './runtime'

export const shell = {
  async openExternal(url: string, options?: Record<string, unknown>): Promise<void> {
    state.recordings.openExternal.push({ url, options: options ? structuredClone(options) : null })
  },
  async openPath(path: string): Promise<string> {
    state.recordings.openExternal.push({ url: `openPath:${path}`, options: null })
    return ''
  },
  showItemInFolder(path: string): void {
    state.recordings.openExternal.push({ url: `showItemInFolder:${path}`, options: null })
  },
  async trashItem(path: string): Promise<void> {
    state.recordings.openExternal.push({ url: `trashItem:${path}`, options: null })
  },
  beep(): void {},
}
