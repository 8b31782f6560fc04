/**
 * A fake webcam fed a KNOWN picture: a Y4M file (the format Chromium's
 * --use-file-for-fake-video-capture plays, looping) showing a head-and-shoulders figure in three
 * colours no UI uses: a magenta head on a green background, blue shoulders. Tests then find those
 * colours where they belong in the captured photo, and in the badge PDF.
 */
import { writeFile } from 'node:fs/promises'

export type Rgb = readonly [number, number, number]

export const FAKE_COLOURS = {
  background: [40, 160, 70] as Rgb, // green
  head: [210, 30, 150] as Rgb, // magenta
  shoulders: [30, 60, 200] as Rgb, // blue
}
export type FakeRegion = keyof typeof FAKE_COLOURS

export interface FakeVideoOptions {
  width?: number
  height?: number
  frames?: number
  fps?: number
  /**
   * Add deterministic per-pixel noise of this amplitude (luma steps) on top of the figure: a worst
   * case for JPEG (sensor noise, patterned clothes) that makes the size budget bite. 0 = flat colours.
   */
  noise?: number
  /**
   * Pure black frames before the picture (Chromium loops the file, so they come back each loop): a
   * camera that starts on black, as Chromium's own start frame is. All black when `frames` is 0.
   */
  blackFrames?: number
}

/** The figure, in fractions of the frame: head centre and radii, shoulders from `shouldersTop` down. */
export const FIGURE = {
  headX: 0.5,
  headY: 0.4,
  headRx: 0.11,
  headRy: 0.2,
  shouldersTop: 0.68,
  shouldersHalfWidth: 0.25,
}

/** What the known picture shows at a point given in fractions of the frame. */
export function regionAt(fx: number, fy: number, aspect = 4 / 3): FakeRegion {
  const dx = (fx - FIGURE.headX) * aspect
  const dy = fy - FIGURE.headY
  if ((dx / (FIGURE.headRx * aspect)) ** 2 + (dy / FIGURE.headRy) ** 2 <= 1) return 'head'
  if (fy >= FIGURE.shouldersTop && Math.abs(fx - 0.5) <= FIGURE.shouldersHalfWidth) return 'shoulders'
  return 'background'
}

/** BT.601 limited range, what Chromium assumes for I420 from a file. */
function toYuv([r, g, b]: Rgb): [number, number, number] {
  const y = 16 + 0.257 * r + 0.504 * g + 0.098 * b
  const u = 128 - 0.148 * r - 0.291 * g + 0.439 * b
  const v = 128 + 0.439 * r - 0.368 * g - 0.071 * b
  const c = (n: number) => Math.max(0, Math.min(255, Math.round(n)))
  return [c(y), c(u), c(v)]
}

export function fakeVideoBytes(options: FakeVideoOptions = {}): Buffer {
  const width = options.width ?? 640
  const height = options.height ?? 480
  const frames = options.frames ?? 4
  const fps = options.fps ?? 15
  const yuv = Object.fromEntries(Object.entries(FAKE_COLOURS).map(([k, rgb]) => [k, toYuv(rgb)])) as Record<
    FakeRegion,
    [number, number, number]
  >
  const cw = width / 2
  const ch = height / 2
  const frame = Buffer.alloc(width * height + 2 * cw * ch)
  const noise = options.noise ?? 0
  let seed = 0x2545f491
  const jitter = (): number => {
    seed ^= seed << 13
    seed ^= seed >>> 17
    seed ^= seed << 5
    return ((seed >>> 0) / 0xffffffff - 0.5) * 2 * noise
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const luma = yuv[regionAt(x / width, y / height, width / height)][0] + (noise ? jitter() : 0)
      frame[y * width + x] = Math.max(16, Math.min(235, Math.round(luma)))
    }
  }
  for (let y = 0; y < ch; y++) {
    for (let x = 0; x < cw; x++) {
      const [, u, v] = yuv[regionAt((2 * x + 1) / width, (2 * y + 1) / height, width / height)]
      frame[width * height + y * cw + x] = u
      frame[width * height + cw * ch + y * cw + x] = v
    }
  }
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`, 'ascii')
  const parts: Buffer[] = [header]
  const blackFrames = options.blackFrames ?? 0
  if (blackFrames > 0) {
    // Limited-range black: Y 16, no colour.
    const black = Buffer.alloc(width * height + 2 * cw * ch, 128)
    black.fill(16, 0, width * height)
    for (let i = 0; i < blackFrames; i++) parts.push(Buffer.from('FRAME\n', 'ascii'), black)
  }
  for (let i = 0; i < frames; i++) parts.push(Buffer.from('FRAME\n', 'ascii'), frame)
  return Buffer.concat(parts)
}

export async function writeFakeVideo(path: string, options: FakeVideoOptions = {}): Promise<string> {
  await writeFile(path, fakeVideoBytes(options))
  return path
}

/** The nearest of the known colours (tolerant of YUV round trips and JPEG). */
export function classifyColour(r: number, g: number, b: number): FakeRegion | 'other' {
  let best: FakeRegion | 'other' = 'other'
  let bestDistance = 80 ** 2 * 3
  for (const [name, [cr, cg, cb]] of Object.entries(FAKE_COLOURS) as [FakeRegion, Rgb][]) {
    const d = (r - cr) ** 2 + (g - cg) ** 2 + (b - cb) ** 2
    if (d < bestDistance) {
      bestDistance = d
      best = name
    }
  }
  return best
}

/**
 * Points of a 3:4 head-and-shoulders crop of the known picture and what must be there: the head in
 * the middle, green beside it, blue shoulders at the bottom centre.
 */
export const PORTRAIT_CHECKPOINTS: { fx: number; fy: number; expect: FakeRegion }[] = [
  { fx: 0.5, fy: 0.4, expect: 'head' },
  { fx: 0.08, fy: 0.2, expect: 'background' },
  { fx: 0.92, fy: 0.2, expect: 'background' },
  { fx: 0.5, fy: 0.92, expect: 'shoulders' },
]
