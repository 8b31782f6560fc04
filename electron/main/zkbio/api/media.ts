/** Advertising media (2.6). FIELD-NOTES: the printed `&access_token=` is a typo for `?access_token=`. */
import { z } from 'zod'
import type { CallOptions, MultipartFile, ZkbioCore } from '../core'
import { defineEndpoints } from '../endpoint'
import { anyData, list } from '../schemas/primitives'
import { mediaSchema } from '../schemas/records'

// The manual calls it "Get Media Object" yet prints an array; accept both, return a list.
const mediaListOrOne = z.union([list(mediaSchema), mediaSchema.transform((m) => [m])])

export const mediaEndpoints = defineEndpoints('media', {
  add: { section: '2.6.1', method: 'POST', path: '/api/adMedia/add', effect: 'write', data: anyData },
  delete: {
    section: '2.6.2',
    method: 'DELETE',
    path: '/api/adMedia/delete/{name}',
    effect: 'write',
    data: anyData,
  },
  get: {
    section: '2.6.3',
    method: 'GET',
    path: '/api/adMedia/get/{name}',
    effect: 'read',
    data: mediaListOrOne,
  },
} as const)

export function mediaApi(core: ZkbioCore) {
  const e = mediaEndpoints
  return {
    /** Uploads (or replaces) a picture or video as multipart form data. */
    add: (mediaName: string, file: MultipartFile, opts?: CallOptions) =>
      core.call(e.add, { multipart: { file, mediaName } }, opts),
    delete: (name: string, opts?: CallOptions) => core.call(e.delete, { pathParams: { name } }, opts),
    get: (name: string, opts?: CallOptions) => core.call(e.get, { pathParams: { name } }, opts),
  }
}
