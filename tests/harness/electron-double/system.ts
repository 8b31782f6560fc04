/** OS-facing modules main may read: power events (tests emit them), theme, displays, media access. */
import { EventEmitter } from 'node:events'
import { appState } from './app-state'

class PowerMonitor extends EventEmitter {
  onBatteryPower = false
  getSystemIdleTime(): number {
    return 0
  }
  getSystemIdleState(_threshold: number): string {
    return 'active'
  }
  isOnBatteryPower(): boolean {
    return this.onBatteryPower
  }
  getCurrentThermalState(): string {
    return 'nominal'
  }
}
export const powerMonitor = new PowerMonitor()

class NativeTheme extends EventEmitter {
  private source: 'system' | 'light' | 'dark' = 'system'
  systemDark = false
  shouldUseHighContrastColors = false
  shouldUseInvertedColorScheme = false
  inForcedColorsMode = false
  get themeSource(): 'system' | 'light' | 'dark' {
    return this.source
  }
  set themeSource(value: 'system' | 'light' | 'dark') {
    this.source = value
    this.emit('updated')
  }
  get shouldUseDarkColors(): boolean {
    return this.source === 'dark' || (this.source === 'system' && this.systemDark)
  }
}
export const nativeTheme = new NativeTheme()

const primaryDisplay = {
  id: 1,
  label: 'Harness display',
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  size: { width: 1920, height: 1080 },
  workAreaSize: { width: 1920, height: 1040 },
  scaleFactor: 1,
  rotation: 0,
  internal: false,
  touchSupport: 'unknown',
  monochrome: false,
  accelerometerSupport: 'unknown',
  colorDepth: 24,
  colorSpace: 'srgb',
  depthPerComponent: 8,
  displayFrequency: 60,
  detected: true,
}

class Screen extends EventEmitter {
  private assertReady(): void {
    if (!appState.ready) throw new Error("The 'screen' module can't be used before the app 'ready' event")
  }
  getPrimaryDisplay() {
    this.assertReady()
    return structuredClone(primaryDisplay)
  }
  getAllDisplays() {
    this.assertReady()
    return [structuredClone(primaryDisplay)]
  }
  getDisplayNearestPoint() {
    return this.getPrimaryDisplay()
  }
  getDisplayMatching() {
    return this.getPrimaryDisplay()
  }
  getCursorScreenPoint() {
    return { x: 0, y: 0 }
  }
}
export const screen = new Screen()

class SystemPreferences extends EventEmitter {
  mediaAccess: Record<string, string> = { camera: 'granted', microphone: 'granted', screen: 'granted' }
  getMediaAccessStatus(mediaType: string): string {
    return this.mediaAccess[mediaType] ?? 'granted'
  }
  async askForMediaAccess(mediaType: string): Promise<boolean> {
    return this.getMediaAccessStatus(mediaType) === 'granted'
  }
  getAccentColor(): string {
    return '2f6fdbff'
  }
  getColor(): string {
    return '#000000'
  }
  getAnimationSettings() {
    return {
      shouldRenderRichAnimation: true,
      scrollAnimationsEnabledBySystem: true,
      prefersReducedMotion: false,
    }
  }
}
export const systemPreferences = new SystemPreferences()
