import { describe, expect, it } from 'vitest'
import {
  headAndShouldersCrop,
  MIN_PHOTO_PIXELS,
  outputSizesFor,
  PHOTO_SIZES,
  PORTRAIT_ASPECT,
} from '../../../electron/shared/photo/crop'

describe('headAndShouldersCrop', () => {
  it('cuts the full height of a landscape frame at 3:4, centred', () => {
    const c = headAndShouldersCrop(1280, 720)
    expect(c.sh).toBe(720)
    expect(c.sw).toBe(540)
    expect(c.sy).toBe(0)
    expect(c.sx).toBe((1280 - 540) / 2)
  })

  it('keeps a 3:4 aspect and stays inside the frame at every zoom and position', () => {
    for (const [w, h] of [
      [640, 480],
      [1920, 1080],
      [480, 640],
      [300, 300],
    ] as const) {
      for (const zoom of [1, 1.5, 2, 5]) {
        for (const centerX of [0, 0.3, 0.5, 1]) {
          const c = headAndShouldersCrop(w, h, { zoom, centerX, centerY: 0.1 })
          expect(Math.abs(c.sw / c.sh - PORTRAIT_ASPECT)).toBeLessThan(0.01)
          expect(c.sx).toBeGreaterThanOrEqual(0)
          expect(c.sy).toBeGreaterThanOrEqual(0)
          expect(c.sx + c.sw).toBeLessThanOrEqual(w)
          expect(c.sy + c.sh).toBeLessThanOrEqual(h)
        }
      }
    }
  })

  it('uses the full width of a portrait frame narrower than 3:4', () => {
    const c = headAndShouldersCrop(300, 600)
    expect(c.sw).toBe(300)
    expect(c.sh).toBe(400)
  })

  it('zooms in around the requested centre', () => {
    const c = headAndShouldersCrop(1280, 720, { zoom: 2, centerX: 0.5, centerY: 0.5 })
    expect(c.sh).toBe(360)
    expect(c.sw).toBe(270)
    expect(c.sx + c.sw / 2).toBe(640)
    expect(c.sy + c.sh / 2).toBe(360)
  })

  it('refuses a frame with no size (camera not started)', () => {
    expect(() => headAndShouldersCrop(0, 0)).toThrow(RangeError)
  })
})

describe('outputSizesFor', () => {
  it('every standard size is 3:4 and above the server minimum of 80,000 pixels', () => {
    for (const s of PHOTO_SIZES) {
      expect(s.width * s.height).toBeGreaterThanOrEqual(MIN_PHOTO_PIXELS)
      expect(s.width / s.height).toBeCloseTo(PORTRAIT_ASPECT, 5)
    }
  })

  it('never upscales a large crop, tries the sizes largest first', () => {
    const sizes = outputSizesFor(headAndShouldersCrop(1280, 720))
    expect(sizes.map((s) => s.width)).toEqual([480, 390, 300])
    const mid = outputSizesFor({ sx: 0, sy: 0, sw: 400, sh: 533 })
    expect(mid.map((s) => s.width)).toEqual([390, 300])
  })

  it('upscales a tiny crop to the smallest size the server accepts', () => {
    const sizes = outputSizesFor(headAndShouldersCrop(320, 240))
    expect(sizes).toEqual([{ width: 300, height: 400 }])
  })
})
