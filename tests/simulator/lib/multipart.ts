// Minimal multipart/form-data parser for the two form-data endpoints (media, leave picture):
// @fastify/multipart is not a project dependency and these bodies are small.

export interface FormPart {
  name: string
  filename?: string
  contentType?: string
  data: Buffer
}

export function parseMultipart(body: Buffer, contentType: string): FormPart[] {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType)
  if (!m) throw new Error('multipart body without boundary')
  const boundary = Buffer.from(`--${m[1] ?? m[2]}`)
  const parts: FormPart[] = []
  let pos = body.indexOf(boundary)
  while (pos >= 0) {
    const start = pos + boundary.length
    if (body.subarray(start, start + 2).toString() === '--') break
    const next = body.indexOf(boundary, start)
    if (next < 0) break
    // part = CRLF headers CRLF CRLF data CRLF
    const part = body.subarray(start + 2, next - 2)
    const headerEnd = part.indexOf('\r\n\r\n')
    if (headerEnd >= 0) {
      const headers = part.subarray(0, headerEnd).toString('utf8')
      const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? ''
      const name = /\bname="([^"]*)"/i.exec(disposition)?.[1]
      if (name !== undefined) {
        parts.push({
          name,
          filename: /filename="([^"]*)"/i.exec(disposition)?.[1],
          contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim(),
          data: part.subarray(headerEnd + 4),
        })
      }
    }
    pos = next
  }
  return parts
}

/** Form fields as strings, files kept as parts: the shape route handlers read. */
export function formToBody(parts: FormPart[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const p of parts) out[p.name] = p.filename !== undefined ? p : p.data.toString('utf8')
  return out
}
