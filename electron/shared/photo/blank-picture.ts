/**
 * Whether a picture grabbed from a camera is empty: wholly transparent (drawn before the video had a
 * frame to give) or uniformly pure black (the black frame Chromium shows while a camera track starts).
 * A real camera picture, even of a dark room, carries sensor noise and light above this floor, so a
 * blank picture means "wait for the next frame", never "this is the visitor".
 *
 * `rgba` is a small downscaled copy of the frame (e.g. 8x8): averaging keeps a real picture's light.
 */
export const BLANK_LEVEL = 4

export function isBlankPicture(rgba: Uint8ClampedArray | Uint8Array): boolean {
  for (let i = 0; i + 3 < rgba.length; i += 4) {
    if (rgba[i + 3] === 0) continue
    if (rgba[i]! > BLANK_LEVEL || rgba[i + 1]! > BLANK_LEVEL || rgba[i + 2]! > BLANK_LEVEL) return false
  }
  return true
}
