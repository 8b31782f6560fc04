import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { Size } from '../../../electron/shared/photo/crop'
import {
  base64ByteLength,
  encodeWithinBudget,
  JPEG_QUALITIES,
  PHOTO_BUDGET_BYTES,
  PHOTO_BUDGET_CHARS,
  stripDataUrl,
} from '../../../electron/shared/photo/jpeg-budget'

/**
 * A stand-in encoder whose output grows with pixels and quality the way JPEG does: pseudo-random
 * bytes (incompressible) in proportion to width * height * quality, deflated so the size is honest.
 */
function noisyEncoder(bytesPerPixelAtFullQuality: number, log: { size: Size; quality: number }[]) {
  return async (size: Size, quality: number): Promise<string> => {
    log.push({ size, quality })
    const n = Math.round(size.width * size.height * quality * bytesPerPixelAtFullQuality)
    const buf = Buffer.alloc(n)
    let x = 12345
    for (let i = 0; i < n; i++) {
      x = (x * 1103515245 + 12345) >>> 0
      buf[i] = x >>> 24
    }
    return `data:image/jpeg;base64,${deflateSync(buf, { level: 0 }).toString('base64')}`
  }
}

const SIZES: Size[] = [
  { width: 480, height: 640 },
  { width: 390, height: 520 },
  { width: 300, height: 400 },
]

describe('base64 helpers', () => {
  it('counts the bytes a base64 string holds, padding included or not', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 1000, 204_800]) {
      expect(base64ByteLength(Buffer.alloc(n, 7).toString('base64'))).toBe(n)
    }
  })
  it('strips a data URL prefix and leaves bare base64 alone', () => {
    expect(stripDataUrl('data:image/jpeg;base64,QUJD')).toBe('QUJD')
    expect(stripDataUrl('QUJD')).toBe('QUJD')
  })
})

describe('encodeWithinBudget', () => {
  it('keeps the first (best) quality when it already fits', async () => {
    const log: { size: Size; quality: number }[] = []
    const out = await encodeWithinBudget(SIZES, noisyEncoder(0.2, log))
    expect(out.quality).toBe(JPEG_QUALITIES[0])
    expect(out.size).toEqual(SIZES[0])
    expect(out.attempts).toBe(1)
    expect(out.bytes).toBeLessThanOrEqual(PHOTO_BUDGET_BYTES)
    expect(out.base64.startsWith('data:')).toBe(false)
  })

  it('steps the quality down until the photo is under 200 KB', async () => {
    const log: { size: Size; quality: number }[] = []
    // 480x640 at quality q gives ~307,200 * q * 0.6 bytes, 4/3 of that in base64: fits from q <= 0.83.
    const out = await encodeWithinBudget(SIZES, noisyEncoder(0.6, log))
    expect(out.size).toEqual(SIZES[0])
    expect(out.base64.length).toBeLessThanOrEqual(PHOTO_BUDGET_CHARS)
    expect(out.quality).toBe(0.78)
    expect(log.map((l) => l.quality)).toEqual([0.92, 0.85, 0.78])
  })

  it('counts the base64 text that is sent, not the JPEG bytes', async () => {
    const log: { size: Size; quality: number }[] = []
    // At 0.92: ~180 KB of JPEG (under 200 KB) but ~240 KB of base64 (over): one step down.
    const out = await encodeWithinBudget(SIZES, noisyEncoder(0.65, log))
    const first = 480 * 640 * 0.92 * 0.65
    expect(first).toBeLessThan(PHOTO_BUDGET_CHARS)
    expect((first * 4) / 3).toBeGreaterThan(PHOTO_BUDGET_CHARS)
    expect(out.quality).toBeLessThan(0.92)
    expect(out.base64.length).toBeLessThanOrEqual(PHOTO_BUDGET_CHARS)
  })

  it('moves to a smaller picture when the lowest quality is still too big', async () => {
    const log: { size: Size; quality: number }[] = []
    const out = await encodeWithinBudget(SIZES, noisyEncoder(1.5, log))
    expect(out.base64.length).toBeLessThanOrEqual(PHOTO_BUDGET_CHARS)
    expect(out.size).toEqual(SIZES[1])
    expect(log.filter((l) => l.size === SIZES[0])).toHaveLength(JPEG_QUALITIES.length)
  })

  it('returns the smallest attempt, flagged by its size, when nothing fits', async () => {
    const log: { size: Size; quality: number }[] = []
    const out = await encodeWithinBudget(SIZES, noisyEncoder(10, log))
    expect(out.bytes).toBeGreaterThan(PHOTO_BUDGET_BYTES)
    expect(out.size).toEqual(SIZES[2])
    expect(out.quality).toBe(JPEG_QUALITIES[JPEG_QUALITIES.length - 1])
    expect(out.attempts).toBe(SIZES.length * JPEG_QUALITIES.length)
  })
})
