/**
 * Keeps a photo under the size budget by stepping the JPEG quality down, then the picture size down.
 * The encoder is injected (a canvas in the renderer, anything in tests), so the stepping is pure.
 */
import type { Size } from './crop'

/**
 * Photos above this are refused by some servers and bloat the local database. It is counted on what
 * travels: the base64 text (4/3 of the JPEG's bytes), not the JPEG file. A noisy camera's 160 KB JPEG
 * is 214,000 characters of base64 and was over.
 */
export const PHOTO_BUDGET_CHARS = 200 * 1024
/** @deprecated the budget is on the base64 text: PHOTO_BUDGET_CHARS (same figure). */
export const PHOTO_BUDGET_BYTES = PHOTO_BUDGET_CHARS

/** Qualities tried in order for each size; below 0.5 faces get blotchy, so sizes shrink next. */
export const JPEG_QUALITIES: readonly number[] = [0.92, 0.85, 0.78, 0.7, 0.62, 0.55, 0.5]

export interface EncodedPhoto {
  /** Bare base64 (no data: prefix). Its length is what the budget counts. */
  base64: string
  /** The JPEG's own size. */
  bytes: number
  quality: number
  size: Size
  /** How many encodings it took (for the benchmark). */
  attempts: number
}

/** Bytes represented by a base64 string (padding excluded). */
export function base64ByteLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0
  return Math.floor((base64.length * 3) / 4) - padding
}

/** Strips a `data:image/jpeg;base64,` prefix if there is one. */
export function stripDataUrl(value: string): string {
  const comma = value.startsWith('data:') ? value.indexOf(',') : -1
  return comma >= 0 ? value.slice(comma + 1) : value
}

export type JpegEncoder = (size: Size, quality: number) => Promise<string>

/**
 * Encodes at the best quality that fits the budget. If nothing fits (a pathological picture) the
 * smallest attempt is returned over budget, and the caller decides; in practice a
 * 300x400 JPEG at 0.5 is ~20-40 KB.
 */
export async function encodeWithinBudget(
  sizes: readonly Size[],
  encode: JpegEncoder,
  budgetChars = PHOTO_BUDGET_CHARS,
  qualities: readonly number[] = JPEG_QUALITIES,
): Promise<EncodedPhoto> {
  if (sizes.length === 0 || qualities.length === 0) throw new RangeError('No size or quality to try')
  let attempts = 0
  let smallest: EncodedPhoto | null = null
  for (const size of sizes) {
    for (const quality of qualities) {
      const base64 = stripDataUrl(await encode(size, quality))
      attempts++
      const bytes = base64ByteLength(base64)
      const candidate: EncodedPhoto = { base64, bytes, quality, size, attempts }
      if (base64.length <= budgetChars) return candidate
      if (!smallest || bytes < smallest.bytes) smallest = candidate
    }
  }
  return { ...(smallest as EncodedPhoto), attempts }
}
