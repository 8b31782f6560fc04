// A small router for the /api routes. Fastify mounts one catch-all route and this table dispatches:
// registering ~140 routes in find-my-way was the largest part of start-up, and a table also lets a
// known path with the wrong method get Spring's 405 instead of a 404.

export type Method = 'GET' | 'POST' | 'DELETE' | 'PUT'

interface Pattern<H> {
  method: Method
  segments: string[]
  handler: H
}

export interface Match<H> {
  handler: H
  params: Record<string, string>
}

export class RouteTable<H> {
  private exact = new Map<string, H>()
  private exactPaths = new Set<string>()
  private patterns: Pattern<H>[] = []

  add(method: Method, path: string, handler: H): void {
    if (!path.includes(':') && !path.includes('*')) {
      this.exact.set(`${method} ${path}`, handler)
      this.exactPaths.add(path)
    } else this.patterns.push({ method, segments: path.split('/'), handler })
  }

  /** undefined: no such path; 'method': the path exists with another method */
  find(method: string, rawPath: string): Match<H> | 'method' | undefined {
    const path = rawPath.length > 1 && rawPath.endsWith('/') ? rawPath.slice(0, -1) : rawPath
    const exact = this.exact.get(`${method} ${path}`)
    if (exact) return { handler: exact, params: {} }
    let pathExists = this.exactPaths.has(path)
    const segments = path.split('/')
    for (const p of this.patterns) {
      const params = matchSegments(p.segments, segments)
      if (!params) continue
      if (p.method === method) return { handler: p.handler, params }
      pathExists = true
    }
    return pathExists ? 'method' : undefined
  }
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | undefined {
  const wildcard = pattern[pattern.length - 1] === '*'
  if (wildcard ? actual.length < pattern.length : actual.length !== pattern.length) return undefined
  const params: Record<string, string> = {}
  for (let i = 0; i < pattern.length; i++) {
    const seg = pattern[i]
    if (seg === '*') {
      params['*'] = actual.slice(i).join('/')
      return params
    }
    if (seg.startsWith(':')) {
      if (!actual[i]) return undefined
      try {
        params[seg.slice(1)] = decodeURIComponent(actual[i])
      } catch {
        return undefined
      }
    } else if (seg !== actual[i]) return undefined
  }
  return params
}
