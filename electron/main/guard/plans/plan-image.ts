/**
 * Checks a plan image before it is stored: the bytes must really be a PNG or a JPEG (by signature,
 * whatever the renderer claimed) and their size is read from the file itself (PNG IHDR, JPEG SOF).
 * Anything else (SVG markup, PDF, HTML) is refused: those are rendered to an image in the renderer.
 */
export const MAX_PLAN_SIDE = 8192

export interface PlanImageInfo {
  mime: 'image/png' | 'image/jpeg'
  width: number
  height: number
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

export function inspectPlanImage(bytes: Buffer): PlanImageInfo | null {
  if (
    bytes.length > 24 &&
    bytes.subarray(0, 8).equals(PNG_SIGNATURE) &&
    bytes.toString('latin1', 12, 16) === 'IHDR'
  ) {
    return { mime: 'image/png', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
  }
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) return jpegSize(bytes)
  return null
}

/** Walks the JPEG segments to the first start-of-frame marker (baseline, progressive, ...). */
function jpegSize(b: Buffer): PlanImageInfo | null {
  let i = 2
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null
    const marker = b[i + 1]!
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2
      continue
    }
    const length = b.readUInt16BE(i + 2)
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
    if (isSof) return { mime: 'image/jpeg', height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) }
    i += 2 + length
  }
  return null
}
