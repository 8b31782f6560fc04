/**
 * Reading a PDF back the way a person (or a turnstile) would: rasterise it with poppler's pdftoppm and
 * decode the QR with jsQR; pull the embedded pictures out with pdfimages; read the page size with
 * pdfinfo. Used by the badge tests to prove what is on the printed page.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import jsQRModule from 'jsqr'

const run = promisify(execFile)

export interface RgbaImage {
  width: number
  height: number
  data: Uint8ClampedArray
}

/** Parses a binary PPM (P6, maxval 255) as pdftoppm writes it. */
export function parsePpm(buf: Buffer): RgbaImage {
  let pos = 0
  const token = (): string => {
    while (pos < buf.length) {
      const c = buf[pos] as number
      if (c === 0x23) while (pos < buf.length && buf[pos] !== 0x0a) pos++
      else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++
      else break
    }
    const start = pos
    while (pos < buf.length && !/\s/.test(String.fromCharCode(buf[pos] as number))) pos++
    return buf.toString('ascii', start, pos)
  }
  if (token() !== 'P6') throw new Error('not a P6 PPM')
  const width = Number(token())
  const height = Number(token())
  if (Number(token()) !== 255) throw new Error('PPM maxval must be 255')
  pos++ // the single whitespace after maxval
  const data = new Uint8ClampedArray(width * height * 4)
  for (let i = 0, j = pos; i < width * height; i++, j += 3) {
    data[i * 4] = buf[j] as number
    data[i * 4 + 1] = buf[j + 1] as number
    data[i * 4 + 2] = buf[j + 2] as number
    data[i * 4 + 3] = 255
  }
  return { width, height, data }
}

/** Each page of the PDF as an RGBA image at `dpi`. */
export async function rasterisePdf(pdfPath: string, dpi = 200): Promise<RgbaImage[]> {
  const dir = await mkdtemp(join(tmpdir(), 'gatehouse-pdf-'))
  try {
    await run('pdftoppm', ['-r', String(dpi), pdfPath, join(dir, 'page')])
    const files = (await readdir(dir)).filter((f) => f.endsWith('.ppm')).sort()
    return await Promise.all(files.map(async (f) => parsePpm(await readFile(join(dir, f)))))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

// jsqr is CommonJS: depending on the loader (vitest, Playwright's) the default import is the function
// itself or the module object holding it.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ??
  jsQRModule) as typeof jsQRModule

export function decodeQr(image: RgbaImage): string | null {
  return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null
}

/** The QR text of every page that has one. */
export async function qrCodesInPdf(pdfPath: string, dpi = 200): Promise<string[]> {
  const pages = await rasterisePdf(pdfPath, dpi)
  return pages.map(decodeQr).filter((t): t is string => t !== null)
}

/** Page size in millimetres, from pdfinfo's "Page size: W x H pts". */
export async function pdfPageSizeMm(
  pdfPath: string,
): Promise<{ widthMm: number; heightMm: number; pages: number }> {
  const { stdout } = await run('pdfinfo', [pdfPath])
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(stdout)
  const pages = /Pages:\s+(\d+)/.exec(stdout)
  if (!size || !pages) throw new Error(`pdfinfo gave no page size:\n${stdout}`)
  const mm = (pt: string): number => (Number(pt) * 25.4) / 72
  return { widthMm: mm(size[1] as string), heightMm: mm(size[2] as string), pages: Number(pages[1]) }
}

export interface PdfImage {
  width: number
  height: number
  /** The raw file pdfimages wrote: the JPEG itself when the PDF embeds one as is. */
  bytes: Buffer
  ext: string
}

/** Every picture embedded in the PDF (JPEGs kept as JPEG with -j, others as PPM). */
export async function imagesInPdf(pdfPath: string): Promise<PdfImage[]> {
  const dir = await mkdtemp(join(tmpdir(), 'gatehouse-pdfimg-'))
  try {
    const { stdout } = await run('pdfimages', ['-list', pdfPath])
    const sizes = stdout
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols.length > 4 && cols[2] === 'image')
      .map((cols) => ({ width: Number(cols[3]), height: Number(cols[4]) }))
    await run('pdfimages', ['-j', pdfPath, join(dir, 'img')])
    const files = (await readdir(dir)).sort()
    return await Promise.all(
      files.map(async (f, i) => ({
        width: sizes[i]?.width ?? 0,
        height: sizes[i]?.height ?? 0,
        bytes: await readFile(join(dir, f)),
        ext: f.slice(f.lastIndexOf('.') + 1),
      })),
    )
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
