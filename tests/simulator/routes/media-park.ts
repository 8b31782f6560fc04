import { isDateOnly, parseDateTime } from '../lib/dates.ts'
import { ApiError } from '../lib/errors.ts'
import { ok, route, str, type RouteEnv } from '../lib/http.ts'
import type { FormPart } from '../lib/multipart.ts'
import type { Media } from '../state/model.ts'

// Manual 2.6 Media Interface (form data) and 2.3 Park Authorization Interface.

const PICTURES = ['png', 'jpg', 'jpeg', 'bmp', 'gif']
const VIDEOS = ['mp4', 'avi', 'mkv', 'wmv', 'mov', 'flv']
const PLATE = /^[\p{L}\d][\p{L}\d -]{1,14}$/u

function isPart(v: unknown): v is FormPart {
  return !!v && typeof v === 'object' && Buffer.isBuffer((v as FormPart).data)
}

export function registerMediaParkRoutes(env: RouteEnv): void {
  // form data: file + mediaName; a JSON body {mediaName, file: base64, fileName} is accepted too
  route(env, 'POST', '/api/adMedia/add', (ctx) => {
    const mediaName = str(ctx.p.mediaName)
    if (!mediaName) throw new ApiError(-1, 'The media name cannot be empty')
    const file = ctx.p.file
    let fileName: string
    let bytes: number
    if (isPart(file)) {
      fileName = file.filename ?? ''
      bytes = file.data.length
    } else if (typeof file === 'string' && file) {
      fileName = str(ctx.p.fileName) || file
      bytes = Buffer.from(file, 'base64').length
    } else throw new ApiError(-1, 'The media file cannot be empty')
    const suffix = fileName.includes('.') ? fileName.split('.').pop()!.toLowerCase() : ''
    const mediaType = PICTURES.includes(suffix) ? '1' : VIDEOS.includes(suffix) ? '2' : ''
    if (!mediaType) throw new ApiError(-71)
    const s = ctx.state
    const existing = s.media.get(mediaName)
    const media: Media = {
      id: existing?.id ?? s.newId('media'),
      mediaName,
      mediaSize: `${Math.max(1, Math.round(bytes / 1024))}KB`,
      mediaSuffix: suffix,
      mediaType,
      mediaPath: `/upload/adMedia/${s.now()}.${suffix}`,
    }
    s.media.set(mediaName, media)
    return ok()
  })
  route(env, 'DELETE', '/api/adMedia/delete/:name', (ctx) => {
    if (!ctx.state.media.delete(str(ctx.p.name))) throw new ApiError(-70)
    return ok()
  })
  // the manual's example answers an array holding the media object
  route(env, 'GET', '/api/adMedia/get/:name', (ctx) => {
    const media = ctx.state.media.get(str(ctx.p.name))
    if (!media) throw new ApiError(-70)
    return ok([media])
  })

  const checkList = (p: Record<string, unknown>, plateKey: string) => {
    const typeText = str(p.type)
    if (typeText !== '0' && typeText !== '1') throw new ApiError(-221)
    const carNumber = str(p[plateKey])
    if (!carNumber || !PLATE.test(carNumber)) throw new ApiError(-223)
    const fromTime = str(p.fromTime)
    const toTime = str(p.toTime)
    // dates are required for the white list (2.3.3), optional for the black list
    if (typeText === '0' && (!fromTime || !toTime)) throw new ApiError(-222)
    for (const t of [fromTime, toTime])
      if (t && (!isDateOnly(t) || parseDateTime(t) === undefined)) throw new ApiError(-222)
    if (fromTime && toTime && parseDateTime(fromTime)! > parseDateTime(toTime)!) throw new ApiError(-222)
    return { type: Number(typeText) as 0 | 1, carNumber, fromTime, toTime }
  }
  route(env, 'POST', '/api/parkAuthorize/addBlackWhite', (ctx) => {
    const entry = checkList(ctx.p, 'carNumber')
    if (ctx.state.parkList.has(entry.carNumber))
      throw new ApiError(-223, 'The license plate is already on a list')
    ctx.state.parkList.set(entry.carNumber, entry)
    return ok()
  })
  route(env, 'POST', '/api/parkAuthorize/delBlackWhite', (ctx) => {
    const carNumber = str(ctx.p.carNumber)
    if (!carNumber || !ctx.state.parkList.delete(carNumber)) throw new ApiError(-223)
    return ok()
  })
  route(env, 'POST', '/api/parkAuthorize/editBlackWhite', (ctx) => {
    const old = str(ctx.p.oldCarNumber)
    if (!old || !ctx.state.parkList.has(old)) throw new ApiError(-223)
    const entry = checkList(ctx.p, 'carNumber')
    if (entry.carNumber !== old && ctx.state.parkList.has(entry.carNumber))
      throw new ApiError(-223, 'The license plate is already on a list')
    ctx.state.parkList.delete(old)
    ctx.state.parkList.set(entry.carNumber, entry)
    return ok()
  })
}
