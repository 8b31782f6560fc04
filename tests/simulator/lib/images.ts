import { crc32, deflateSync } from 'node:zlib'

// Small generated pictures: person photos, capture photos, parking snapshots. PNG is written by hand
// (zlib + crc32) because no image encoder is a project dependency.

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typeAndData) >>> 0)
  return Buffer.concat([len, typeAndData, crc])
}

type Rgb = [number, number, number]

/** Encodes an RGB image given by a per-pixel colour function. */
export function encodePng(width: number, height: number, colourAt: (x: number, y: number) => Rgb): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height)
  let o = 0
  for (let y = 0; y < height; y++) {
    raw[o++] = 0
    for (let x = 0; x < width; x++) {
      const [r, g, b] = colourAt(x, y)
      raw[o++] = r
      raw[o++] = g
      raw[o++] = b
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8
  ihdr[9] = 2
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const BACKGROUNDS: Rgb[] = [
  [214, 226, 240],
  [232, 232, 228],
  [220, 236, 222],
  [240, 228, 214],
]
const SKIN: Rgb[] = [
  [241, 204, 178],
  [224, 172, 138],
  [198, 134, 99],
  [141, 85, 56],
]
const SHIRTS: Rgb[] = [
  [40, 70, 120],
  [120, 40, 50],
  [60, 60, 60],
  [30, 110, 90],
]

/** Portrait size: 280 x 300 = 84,000 pixels, just above the 80,000-pixel minimum of v1.2 servers. */
export const PHOTO_WIDTH = 280
export const PHOTO_HEIGHT = 300

/** Indexed-colour PNG (one byte per pixel, palette of up to 256 colours): small and quick to make. */
export function encodePalettePng(
  width: number,
  height: number,
  palette: Rgb[],
  fillRow: (y: number, row: Buffer) => void,
): Buffer {
  const raw = Buffer.alloc((width + 1) * height)
  for (let y = 0; y < height; y++) fillRow(y, raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1)))
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8
  ihdr[9] = 3
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const photoCache = new Map<number, string>()

/** A head-and-shoulders silhouette, one of 64 variants, as base64 PNG (about 2 KB). */
export function portraitBase64(variant: number): string {
  const v = ((variant % 64) + 64) % 64
  const cached = photoCache.get(v)
  if (cached) return cached
  const bg = BACKGROUNDS[v % 4]
  const skin = SKIN[(v >> 2) % 4]
  const shirt = SHIRTS[(v >> 4) % 4]
  const cx = PHOTO_WIDTH / 2
  // per row, the spans of two ellipses: head (palette 1) over shoulders (palette 2)
  const span = (row: Buffer, y: number, cy: number, rx: number, ry: number, colour: number) => {
    const t = 1 - ((y - cy) / ry) ** 2
    if (t < 0) return
    const half = rx * Math.sqrt(t)
    row.fill(colour, Math.max(0, Math.ceil(cx - half)), Math.min(PHOTO_WIDTH, Math.floor(cx + half) + 1))
  }
  const png = encodePalettePng(PHOTO_WIDTH, PHOTO_HEIGHT, [bg, skin, shirt], (y, row) => {
    if (y > 215) span(row, y, 330, 130, 115, 2)
    span(row, y, 120, 62, 80, 1)
  })
  const b64 = png.toString('base64')
  photoCache.set(v, b64)
  return b64
}

let snapshotCache: string | undefined
/** A small grey "camera snapshot" used for parking pictures. */
export function snapshotBase64(): string {
  snapshotCache ??= encodePng(160, 90, (x, y) => {
    const v = 90 + ((x >> 4) + (y >> 4)) * 6
    return [v, v, v + 10]
  }).toString('base64')
  return snapshotCache
}

export interface ImageInfo {
  format: 'png' | 'jpeg' | 'gif' | 'bmp'
  width: number
  height: number
}

/** Reads the format and size of a PNG/JPEG/GIF/BMP without decoding it. */
export function imageInfo(buf: Buffer): ImageInfo | undefined {
  if (buf.length > 24 && buf.readUInt32BE(0) === 0x89504e47) {
    return { format: 'png', width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) }
  }
  if (buf.length > 10 && buf.toString('ascii', 0, 3) === 'GIF') {
    return { format: 'gif', width: buf.readUInt16LE(6), height: buf.readUInt16LE(8) }
  }
  if (buf.length > 26 && buf.toString('ascii', 0, 2) === 'BM') {
    return { format: 'bmp', width: buf.readInt32LE(18), height: Math.abs(buf.readInt32LE(22)) }
  }
  if (buf.length > 4 && buf[0] === 0xff && buf[1] === 0xd8) {
    let i = 2
    while (i + 9 < buf.length) {
      if (buf[i] !== 0xff) return undefined
      const marker = buf[i + 1]
      const len = buf.readUInt16BE(i + 2)
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { format: 'jpeg', height: buf.readUInt16BE(i + 5), width: buf.readUInt16BE(i + 7) }
      }
      i += 2 + len
    }
  }
  return undefined
}

/** Accepts bare base64 or a data: URL. */
export function decodeBase64Image(text: string): Buffer {
  const comma = text.startsWith('data:') ? text.indexOf(',') : -1
  return Buffer.from(comma >= 0 ? text.slice(comma + 1) : text, 'base64')
}
