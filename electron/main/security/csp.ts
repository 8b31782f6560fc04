/**
 * The renderer's Content-Security-Policy. QR codes and photos are `data:`/`blob:` images, the webcam
 * preview is a `mediastream:`/`blob:` video, Naive UI injects <style> elements (hence inline styles);
 * nothing remote is ever loaded, and no script other than the app's own bundle runs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "worker-src 'none'",
].join('; ')
