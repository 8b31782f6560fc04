/**
 * Turns the file a supervisor chose into the image Gatehouse stores: PNG and JPEG as they are, SVG and
 * a one-page PDF rendered to a PNG here. An SVG is only ever drawn as an image (an <img> never runs
 * its scripts, loads nothing remote and is then flattened to pixels), never inserted as markup.
 */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

export interface PlanImage {
  sourceType: 'png' | 'jpeg' | 'svg' | 'pdf'
  mime: 'image/png' | 'image/jpeg'
  base64: string
}

/** Longest side of a rendered SVG/PDF plan: sharp when zoomed in, small enough to keep. */
const RENDER_LONG_SIDE = 3000
const MAX_FILE_BYTES = 20 * 1024 * 1024

/**
 * A plan file Gatehouse cannot use. `reason` names its sentence (guard.plans.fileError.<reason>), said
 * by the screen in the current language; the English message is for logs.
 */
export class PlanFileError extends Error {
  constructor(
    readonly reason: 'svg' | 'pdf' | 'pages' | 'type' | 'size',
    message: string,
    readonly params: Record<string, number> = {},
  ) {
    super(message)
  }
}

function kindOf(file: File): PlanImage['sourceType'] | null {
  const name = file.name.toLowerCase()
  if (file.type === 'image/png' || name.endsWith('.png')) return 'png'
  if (file.type === 'image/jpeg' || /\.jpe?g$/.test(name)) return 'jpeg'
  if (file.type === 'image/svg+xml' || name.endsWith('.svg')) return 'svg'
  if (file.type === 'application/pdf' || name.endsWith('.pdf')) return 'pdf'
  return null
}

const toBase64 = (bytes: Uint8Array): string => {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

function canvasToPng(canvas: HTMLCanvasElement): string {
  return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '')
}

function sized(width: number, height: number): { w: number; h: number } {
  const scale = RENDER_LONG_SIDE / Math.max(width, height)
  return { w: Math.max(1, Math.round(width * scale)), h: Math.max(1, Math.round(height * scale)) }
}

async function svgToPng(file: File): Promise<string> {
  const url = URL.createObjectURL(new Blob([await file.arrayBuffer()], { type: 'image/svg+xml' }))
  try {
    const img = new Image()
    img.src = url
    await img.decode().catch(() => {
      throw new PlanFileError('svg', 'This SVG file could not be drawn. Export the plan again, or as PNG.')
    })
    const { w, h } = sized(img.naturalWidth || 1000, img.naturalHeight || 1000)
    const canvas = document.createElement('canvas')
    canvas.width = w
    canvas.height = h
    const ctx = canvas.getContext('2d')!
    ctx.fillStyle = '#fff'
    ctx.fillRect(0, 0, w, h)
    ctx.drawImage(img, 0, 0, w, h)
    return canvasToPng(canvas)
  } finally {
    URL.revokeObjectURL(url)
  }
}

async function pdfToPng(file: File): Promise<string> {
  const pdfjs = await import('pdfjs-dist')
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl
  let doc
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(await file.arrayBuffer()), enableXfa: false })
      .promise
  } catch {
    throw new PlanFileError('pdf', 'This PDF file could not be read.')
  }
  try {
    if (doc.numPages !== 1)
      throw new PlanFileError(
        'pages',
        `This PDF has ${doc.numPages} pages: a floor plan must be a one-page PDF.`,
        { count: doc.numPages },
      )
    const page = await doc.getPage(1)
    const base = page.getViewport({ scale: 1 })
    const viewport = page.getViewport({ scale: RENDER_LONG_SIDE / Math.max(base.width, base.height) })
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(viewport.width)
    canvas.height = Math.round(viewport.height)
    const ctx = canvas.getContext('2d')!
    ctx.fillStyle = '#fff'
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    await page.render({ canvasContext: ctx, canvas, viewport }).promise
    return canvasToPng(canvas)
  } finally {
    void doc.destroy()
  }
}

export async function rasterizePlan(file: File): Promise<PlanImage> {
  const sourceType = kindOf(file)
  if (!sourceType) throw new PlanFileError('type', 'Choose a PNG, JPEG, SVG or one-page PDF file.')
  if (file.size > MAX_FILE_BYTES) throw new PlanFileError('size', 'This file is larger than 20 MB.')
  if (sourceType === 'png' || sourceType === 'jpeg') {
    return {
      sourceType,
      mime: sourceType === 'png' ? 'image/png' : 'image/jpeg',
      base64: toBase64(new Uint8Array(await file.arrayBuffer())),
    }
  }
  const base64 = sourceType === 'svg' ? await svgToPng(file) : await pdfToPng(file)
  return { sourceType, mime: 'image/png', base64 }
}
