/**
 * Where to cut a 3:4 head-and-shoulders portrait out of a webcam frame, and how big to make it.
 * Pure arithmetic so it is tested without a camera; the renderer feeds it the video's size.
 */

export interface CropRect {
  sx: number
  sy: number
  sw: number
  sh: number
}

export interface Size {
  width: number
  height: number
}

/** Portrait aspect of the badge photo (width / height). */
export const PORTRAIT_ASPECT = 3 / 4

/** v1.2 servers refuse photos under 80,000 pixels (-5001); never produce one. */
export const MIN_PHOTO_PIXELS = 80_000

/** The sizes tried, largest first: each is 3:4 and above the server's minimum. */
export const PHOTO_SIZES: readonly Size[] = [
  { width: 480, height: 640 },
  { width: 390, height: 520 },
  { width: 300, height: 400 },
]

export interface CropOptions {
  /** 1 = the whole frame height; 1.5 = 1.5x closer. Clamped to 1..3. */
  zoom?: number
  /** Horizontal centre of the crop as a fraction of the frame width (0..1). */
  centerX?: number
  /**
   * Vertical centre as a fraction of the frame height. A little above the middle: a person at a desk
   * camera sits with the head in the upper half, and the frame should keep the shoulders.
   */
  centerY?: number
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v))

/** The largest 3:4 rectangle at the requested zoom, centred where asked, kept inside the frame. */
export function headAndShouldersCrop(
  frameWidth: number,
  frameHeight: number,
  options: CropOptions = {},
): CropRect {
  if (!(frameWidth > 0 && frameHeight > 0))
    throw new RangeError(`Invalid frame size ${frameWidth}x${frameHeight}`)
  const zoom = clamp(options.zoom ?? 1, 1, 3)
  let sh = frameHeight / zoom
  let sw = sh * PORTRAIT_ASPECT
  if (sw > frameWidth) {
    sw = frameWidth
    sh = sw / PORTRAIT_ASPECT
  }
  sw = Math.floor(sw)
  sh = Math.floor(sh)
  const cx = clamp(options.centerX ?? 0.5, 0, 1) * frameWidth
  const cy = clamp(options.centerY ?? 0.48, 0, 1) * frameHeight
  const sx = clamp(Math.round(cx - sw / 2), 0, frameWidth - sw)
  const sy = clamp(Math.round(cy - sh / 2), 0, frameHeight - sh)
  return { sx, sy, sw, sh }
}

/**
 * The output sizes to try for a crop: the standard sizes no larger than the crop itself (never
 * upscale a sharp picture into a blurry one) and always at least the smallest one (a tiny crop is
 * upscaled so the server does not refuse it as too small).
 */
export function outputSizesFor(crop: CropRect): Size[] {
  const fitting = PHOTO_SIZES.filter((s) => s.width <= crop.sw && s.height <= crop.sh)
  return fitting.length > 0 ? fitting : [PHOTO_SIZES[PHOTO_SIZES.length - 1] as Size]
}
