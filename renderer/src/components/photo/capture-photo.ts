import { headAndShouldersCrop, outputSizesFor, type CropOptions } from '@shared/photo/crop'
import { encodeWithinBudget, type EncodedPhoto } from '@shared/photo/jpeg-budget'

export interface CapturedPhoto extends EncodedPhoto {
  /** From the click to the encoded photo, in milliseconds. */
  tookMs: number
}

/**
 * Takes the current video frame, cuts the 3:4 head-and-shoulders portrait out of it, and encodes it as
 * JPEG under 200 KB (quality, then size, stepped down as needed). The frame is grabbed once, so every
 * encoding attempt is of the same picture.
 */
export async function capturePhoto(
  video: HTMLVideoElement,
  options: CropOptions = {},
): Promise<CapturedPhoto> {
  const started = performance.now()
  const crop = headAndShouldersCrop(video.videoWidth, video.videoHeight, options)
  const frame = document.createElement('canvas')
  frame.width = crop.sw
  frame.height = crop.sh
  const frameContext = frame.getContext('2d')
  if (!frameContext) throw new Error('This computer cannot draw pictures (no 2D canvas).')
  frameContext.drawImage(video, crop.sx, crop.sy, crop.sw, crop.sh, 0, 0, crop.sw, crop.sh)

  const out = document.createElement('canvas')
  const outContext = out.getContext('2d') as CanvasRenderingContext2D
  outContext.imageSmoothingQuality = 'high'
  const encoded = await encodeWithinBudget(outputSizesFor(crop), async (size, quality) => {
    if (out.width !== size.width || out.height !== size.height) {
      out.width = size.width
      out.height = size.height
      outContext.imageSmoothingQuality = 'high'
      outContext.drawImage(frame, 0, 0, crop.sw, crop.sh, 0, 0, size.width, size.height)
    }
    return out.toDataURL('image/jpeg', quality)
  })
  return { ...encoded, tookMs: performance.now() - started }
}
