import { describe, expect, it } from 'vitest'
import { mainWindowUrl } from '../../../electron/main/window/main-window'

describe("the main window's address", () => {
  it('is the app page with the language to start in', () => {
    expect(mainWindowUrl({ language: 'en' })).toBe('app://gatehouse/index.html?lang=en')
    expect(mainWindowUrl({ language: 'zh-CN' })).toBe('app://gatehouse/index.html?lang=zh-CN')
  })

  it("keeps the dev server's address and adds the language to its query", () => {
    expect(mainWindowUrl({ language: 'ar', devServerUrl: 'http://localhost:5173/' })).toBe(
      'http://localhost:5173/?lang=ar',
    )
    expect(mainWindowUrl({ language: 'es', devServerUrl: 'http://localhost:5173/?x=1' })).toBe(
      'http://localhost:5173/?x=1&lang=es',
    )
  })
})
