import { describe, expect, it } from 'vitest'
import { BLANK_LEVEL, isBlankPicture } from '../../../electron/shared/photo/blank-picture'

function picture(pixels: Array<[number, number, number, number]>): Uint8ClampedArray {
  return Uint8ClampedArray.from(pixels.flat())
}

describe('isBlankPicture', () => {
  it('a canvas drawn before the video had a frame (all transparent) is blank', () => {
    expect(isBlankPicture(new Uint8ClampedArray(8 * 8 * 4))).toBe(true)
  })

  it('an opaque pure-black frame (a camera track starting) is blank', () => {
    const black = picture(
      Array.from({ length: 64 }, () => [0, 0, 0, 255] as [number, number, number, number]),
    )
    expect(isBlankPicture(black)).toBe(true)
  })

  it('one pixel with light in it makes a picture, in any channel', () => {
    for (const channel of [0, 1, 2]) {
      const pixels = Array.from({ length: 64 }, () => [0, 0, 0, 255] as [number, number, number, number])
      pixels[37]![channel] = BLANK_LEVEL + 1
      expect(isBlankPicture(picture(pixels))).toBe(false)
    }
  })

  it('a dark room (levels 10-30) is a picture, not blank', () => {
    const dark = picture(
      Array.from({ length: 64 }, (_, i) => [10 + (i % 20), 12, 11, 255] as [number, number, number, number]),
    )
    expect(isBlankPicture(dark)).toBe(false)
  })

  it('transparent pixels do not count as light, whatever their colour bytes', () => {
    const pixels = Array.from({ length: 64 }, () => [200, 200, 200, 0] as [number, number, number, number])
    expect(isBlankPicture(picture(pixels))).toBe(true)
  })
})
