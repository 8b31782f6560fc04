import { describe, expect, it } from 'vitest'
import { mainWindowUrl } from '../../../electron/main/window/main-window'

describe("the main window's address", () => {
  it('is the app page with the language and the page to start on', () => {
    expect(mainWindowUrl({ language: 'en', page: 'reception' })).toBe(
      'app://gatehouse/index.html?lang=en#/reception',
    )
    expect(mainWindowUrl({ language: 'zh-CN', page: 'guard' })).toBe(
      'app://gatehouse/index.html?lang=zh-CN#/guard',
    )
  })

  it("keeps the dev server's address and adds the language to its query", () => {
    expect(mainWindowUrl({ language: 'ar', page: 'guard', devServerUrl: 'http://localhost:5173/' })).toBe(
      'http://localhost:5173/?lang=ar#/guard',
    )
    expect(
      mainWindowUrl({ language: 'es', page: 'reception', devServerUrl: 'http://localhost:5173/?x=1' }),
    ).toBe('http://localhost:5173/?x=1&lang=es#/reception')
  })
})
