/**
 * Writes a .y4m video for Chromium's fake camera (`launchGatehouse({ fakeVideo })`), e.g. a QR code
 * held up to the webcam. Frames are RGBA; converted to 4:2:0 YCbCr (full range, BT.601) as C420jpeg.
 */
import { writeFileSync } from 'node:fs'

export interface Y4mOptions {
  width: number
  height: number
  fps?: number
  /** RGBA bytes, width*height*4 each. Chromium loops the file. */
  frames: Uint8Array[]
}

export function encodeY4m({ width, height, fps = 10, frames }: Y4mOptions): Buffer {
  if (width % 2 || height % 2) throw new Error('y4m 4:2:0 needs an even width and height')
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`, 'latin1')
  const parts: Buffer[] = [header]
  const cw = width / 2
  const ch = height / 2
  for (const rgba of frames) {
    if (rgba.length !== width * height * 4) throw new Error('frame size does not match width*height*4')
    const y = Buffer.alloc(width * height)
    const u = Buffer.alloc(cw * ch)
    const v = Buffer.alloc(cw * ch)
    for (let i = 0; i < width * height; i++) {
      const r = rgba[i * 4]!
      const g = rgba[i * 4 + 1]!
      const b = rgba[i * 4 + 2]!
      y[i] = Math.round(0.299 * r + 0.587 * g + 0.114 * b)
    }
    for (let cy = 0; cy < ch; cy++) {
      for (let cx = 0; cx < cw; cx++) {
        let r = 0
        let g = 0
        let b = 0
        for (const [dx, dy] of [
          [0, 0],
          [1, 0],
          [0, 1],
          [1, 1],
        ] as const) {
          const p = ((cy * 2 + dy) * width + cx * 2 + dx) * 4
          r += rgba[p]!
          g += rgba[p + 1]!
          b += rgba[p + 2]!
        }
        r /= 4
        g /= 4
        b /= 4
        const clamp = (n: number) => Math.max(0, Math.min(255, Math.round(n)))
        u[cy * cw + cx] = clamp(-0.168736 * r - 0.331264 * g + 0.5 * b + 128)
        v[cy * cw + cx] = clamp(0.5 * r - 0.418688 * g - 0.081312 * b + 128)
      }
    }
    parts.push(Buffer.from('FRAME\n', 'latin1'), y, u, v)
  }
  return Buffer.concat(parts)
}

export function writeY4m(path: string, options: Y4mOptions): string {
  writeFileSync(path, encodeY4m(options))
  return path
}

/** A frame of one colour. */
export function solidFrame(width: number, height: number, [r, g, b]: [number, number, number]): Uint8Array {
  const frame = new Uint8Array(width * height * 4)
  for (let i = 0; i < width * height; i++) frame.set([r, g, b, 255], i * 4)
  return frame
}
