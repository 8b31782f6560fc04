/** Small UI modules main may touch at start-up: menus, icons, clipboard, shortcuts, crash reporter. */
import { existsSync, readFileSync } from 'node:fs'
import { EventEmitter } from 'node:events'

export class Menu extends EventEmitter {
  static applicationMenu: Menu | null = null
  static setApplicationMenu(menu: Menu | null): void {
    Menu.applicationMenu = menu
  }
  static getApplicationMenu(): Menu | null {
    return Menu.applicationMenu
  }
  static buildFromTemplate(template: Record<string, unknown>[]): Menu {
    const menu = new Menu()
    menu.items.push(...template.map((t) => new MenuItem(t)))
    return menu
  }
  readonly items: MenuItem[] = []
  append(item: MenuItem): void {
    this.items.push(item)
  }
  popup(): void {}
  closePopup(): void {}
}

export class MenuItem {
  readonly label: string
  readonly role: string | undefined
  readonly click: unknown
  constructor(options: Record<string, unknown>) {
    this.label = String(options.label ?? '')
    this.role = options.role as string | undefined
    this.click = options.click
  }
}

export class NativeImage {
  constructor(
    private readonly data: Buffer,
    readonly path: string | null,
  ) {}
  isEmpty(): boolean {
    return this.data.length === 0
  }
  getSize(): { width: number; height: number } {
    // PNG: width/height are big-endian at bytes 16..23 of the IHDR chunk.
    if (this.data.length > 24 && this.data.subarray(1, 4).toString() === 'PNG') {
      return { width: this.data.readUInt32BE(16), height: this.data.readUInt32BE(20) }
    }
    return { width: 0, height: 0 }
  }
  toPNG(): Buffer {
    return this.data
  }
  toDataURL(): string {
    return `data:image/png;base64,${this.data.toString('base64')}`
  }
  resize(): NativeImage {
    return this
  }
  setTemplateImage(): void {}
  harnessRecord(): unknown {
    return { nativeImage: this.path ?? `${this.data.length} bytes` }
  }
}

export const nativeImage = {
  createEmpty: () => new NativeImage(Buffer.alloc(0), null),
  createFromPath: (path: string) =>
    new NativeImage(existsSync(path) ? readFileSync(path) : Buffer.alloc(0), path),
  createFromBuffer: (buffer: Buffer) => new NativeImage(Buffer.from(buffer), null),
  createFromDataURL: (url: string) =>
    new NativeImage(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'), null),
}

let clipboardText = ''
export const clipboard = {
  writeText: (text: string) => void (clipboardText = text),
  readText: () => clipboardText,
  clear: () => void (clipboardText = ''),
}

const shortcuts = new Map<string, () => void>()
export const globalShortcut = {
  register: (accelerator: string, callback: () => void) => (shortcuts.set(accelerator, callback), true),
  isRegistered: (accelerator: string) => shortcuts.has(accelerator),
  unregister: (accelerator: string) => void shortcuts.delete(accelerator),
  unregisterAll: () => shortcuts.clear(),
}

export const crashReporter = {
  start: (_options: Record<string, unknown>) => undefined,
  getLastCrashReport: () => null,
  getUploadedReports: () => [],
}
