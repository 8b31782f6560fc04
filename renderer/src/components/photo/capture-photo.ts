import { headAndShouldersCrop, outputSizesFor, type CropOptions } from '@shared/photo/crop'
import { encodeWithinBudget, type EncodedPhoto } from '@shared/photo/jpeg-budget'
import { isBlankPicture } from '@shared/photo/blank-picture'

export interface CapturedPhoto extends EncodedPhoto {
  /** From the click to the encoded photo, in milliseconds. */
  tookMs: number
}

/**
 * Why no photo could be taken, as the key of its words for the operator (`reception.photo.<key>`):
 * the camera gave only blank frames for as long as we waited, or this computer has no 2D canvas.
 */
export class CaptureError extends Error {
  constructor(readonly key: 'noPicture' | 'noCanvas') {
    super(key === 'noPicture' ? 'The camera gave only blank frames.' : 'No 2D canvas.')
    this.name = 'CaptureError'
  }
}

/** How long a capture waits for a frame with a picture (a first frame, then not a blank one). */
const FRAME_WAIT_MS = 5000

/** Resolves when the video presents its next frame (or after a frame's time where that is unknown). */
function nextFrame(video: HTMLVideoElement): Promise<void> {
  return new Promise((resolve) => {
    if (typeof video.requestVideoFrameCallback === 'function') {
      // A stalled camera presents nothing: the timer keeps the wait bounded.
      const timer = setTimeout(resolve, 200)
      video.requestVideoFrameCallback(() => {
        clearTimeout(timer)
        resolve()
      })
    } else setTimeout(resolve, 50)
  })
}

/** An 8x8 copy of the frame, read back: enough to tell a picture from a blank. */
function looksBlank(frame: HTMLCanvasElement, probe: CanvasRenderingContext2D): boolean {
  probe.clearRect(0, 0, 8, 8)
  probe.drawImage(frame, 0, 0, frame.width, frame.height, 0, 0, 8, 8)
  return isBlankPicture(probe.getImageData(0, 0, 8, 8).data)
}

/**
 * Takes the current video frame, cuts the 3:4 head-and-shoulders portrait out of it, and encodes it as
 * JPEG under 200 KB (quality, then size, stepped down as needed). The frame is grabbed once, so every
 * encoding attempt is of the same picture.
 *
 * A camera that has just started may have no frame yet, or hand a blank one (transparent, or Chromium's
 * black start frame) even once the video reports data: that frame is never the photo. The capture
 * waits for the next frames until one has a picture, and gives up after `FRAME_WAIT_MS`.
 */
export async function capturePhoto(
  video: HTMLVideoElement,
  options: CropOptions = {},
): Promise<CapturedPhoto> {
  const started = performance.now()
  const frame = document.createElement('canvas')
  const frameContext = frame.getContext('2d')
  if (!frameContext) throw new CaptureError('noCanvas')
  const probe = document.createElement('canvas')
  probe.width = 8
  probe.height = 8
  const probeContext = probe.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D
  let crop: ReturnType<typeof headAndShouldersCrop>
  for (;;) {
    // No frame yet (no size): nothing to draw. Sizing the canvas also clears the last blank attempt.
    if (video.readyState >= 2 && video.videoWidth > 0) {
      crop = headAndShouldersCrop(video.videoWidth, video.videoHeight, options)
      frame.width = crop.sw
      frame.height = crop.sh
      frameContext.drawImage(video, crop.sx, crop.sy, crop.sw, crop.sh, 0, 0, crop.sw, crop.sh)
      if (!looksBlank(frame, probeContext)) break
    }
    if (performance.now() - started > FRAME_WAIT_MS) throw new CaptureError('noPicture')
    await nextFrame(video)
  }

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
