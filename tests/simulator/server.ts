import Fastify, { type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify'
import { setTimeout as sleep } from 'node:timers/promises'
import { registerControlRoutes } from './control/routes.ts'
import type { SimulatorCore } from './core.ts'
import { SPANISH_NAMES } from './state/catalog.ts'
import type { Fault } from './lib/faults.ts'
import type { ApiHandler, SimRequestData } from './lib/http.ts'
import { RouteTable } from './lib/router.ts'
import { formToBody, parseMultipart } from './lib/multipart.ts'
import { registerApiRoutes } from './routes/index.ts'

// The HTTP face of the simulator: parsers that tolerate what Spring tolerates, then per request:
// request log -> "server down" -> faults -> token check (302 to the login page) -> route.

const PRE_FAULTS = new Set<Fault['kind']>([
  'stall',
  'http500',
  'html',
  'redirectLogin',
  'springError',
  'reset',
  'apiAccessAbnormal',
])

const LOGIN_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>ZKBio CVSecurity</title></head>
<body><form action="/login.do" method="post"><h1>ZKBio CVSecurity</h1><input name="username"><input name="password" type="password"><button>Login</button></form></body></html>`

const PROXY_502 = `<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`

function springBody(status: number, error: string, message: string, path: string) {
  return { timestamp: new Date().toISOString().replace('Z', '+0000'), status, error, message, path }
}

function redactQuery(query: unknown): Record<string, unknown> {
  const q = { ...(query as Record<string, unknown>) }
  for (const key of Object.keys(q)) if (/token/i.test(key)) q[key] = '***'
  return q
}

function localise(payload: string): string {
  try {
    const walk = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(walk)
      if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>
        for (const key of Object.keys(o)) {
          const value = o[key]
          if ((key === 'eventName' || key === 'verifyModeName') && typeof value === 'string')
            o[key] = SPANISH_NAMES[value] ?? value
          else if (key === 'readerName' && typeof value === 'string')
            o[key] = value.replace(/-In$/, '-Entrada').replace(/-Out$/, '-Salida')
          else o[key] = walk(value)
        }
        return o
      }
      return v
    }
    return JSON.stringify(walk(JSON.parse(payload)))
  } catch {
    return payload
  }
}

export async function buildServer(
  core: SimulatorCore,
  opts: { https?: { key: string; cert: string } },
): Promise<FastifyInstance> {
  // no route has a schema: trivial compilers keep Fastify from loading Ajv (a third of startup)
  const schemaController = {
    compilersFactory: {
      buildValidator: () => () => () => true,
      buildSerializer: () => () => (data: unknown) => JSON.stringify(data),
    },
  } as unknown as FastifyServerOptions['schemaController']
  const common = {
    logger: false,
    forceCloseConnections: true,
    bodyLimit: 50 * 1024 * 1024,
    routerOptions: { maxParamLength: 2000 },
    schemaController,
  }
  const app = (opts.https
    ? Fastify({ ...common, https: opts.https })
    : Fastify(common)) as unknown as FastifyInstance

  const requestData = new WeakMap<FastifyRequest, SimRequestData & { entry?: { status: number } }>()
  const dataOf = (req: FastifyRequest) => requestData.get(req) ?? { faults: [] }

  // Parsers: an empty JSON body is fine (POSTs with query parameters), broken JSON is a Spring 400.
  app.removeContentTypeParser('application/json')
  const badRequest = (message: string) => Object.assign(new Error(message), { statusCode: 400 })
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = String(body)
    if (!text.trim()) return done(null, undefined)
    try {
      done(null, JSON.parse(text))
    } catch (e) {
      done(badRequest(`JSON parse error: ${(e as Error).message}`), undefined)
    }
  })
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))))
  })
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer' }, (req, body, done) => {
    try {
      done(null, formToBody(parseMultipart(body as Buffer, String(req.headers['content-type']))))
    } catch (e) {
      done(badRequest((e as Error).message), undefined)
    }
  })
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => {
    const buf = body as Buffer
    if (!buf.length) return done(null, undefined)
    // clients that forget the content type still send JSON
    try {
      done(null, JSON.parse(buf.toString('utf8')))
    } catch {
      done(null, buf)
    }
  })

  app.addHook('onRequest', async (req, reply) => {
    core.state.ensureHistory()
    const path = req.url.split('?')[0]
    if (!path.startsWith('/api/')) return
    const entry = core.log({
      method: req.method,
      path,
      query: redactQuery(req.query),
      status: 0,
      at: new Date().toISOString(),
    })
    const data: SimRequestData & { entry?: { status: number } } = { faults: [], entry }
    requestData.set(req, data)
    if (!core.online) {
      req.raw.socket.destroy()
      reply.hijack()
      return reply
    }
    data.faults = core.faults.take(path)
    for (const f of data.faults) if (f.kind === 'latency') await sleep(Number(f.ms) || 0)
    const pre = data.faults.find((f) => PRE_FAULTS.has(f.kind))
    if (pre) {
      switch (pre.kind) {
        case 'stall':
          // never answers; the socket is freed when the client gives up or the server closes
          reply.hijack()
          return reply
        case 'reset':
          req.raw.socket.destroy()
          reply.hijack()
          return reply
        case 'http500':
          return reply
            .code(500)
            .send(springBody(500, 'Internal Server Error', 'Simulated internal error', path))
        case 'html':
          return reply.code(502).type('text/html').send(PROXY_502)
        case 'redirectLogin':
          return reply.code(302).header('location', '/login.html').send()
        case 'springError':
          return reply.code(404).send(springBody(404, 'Not Found', 'No message available', path))
        case 'apiAccessAbnormal':
          return reply.code(200).send({ code: -1, message: 'API access abnormal', data: null })
      }
    }
    // A missing or wrong token is refused like real servers do: 302 to the login page (FIELD-NOTES).
    const token = (req.query as Record<string, unknown>).access_token
    if (token !== core.token) return reply.code(302).header('location', '/login.html').send()
  })

  app.addHook('onSend', async (req, _reply, payload) => {
    const faults = requestData.get(req)?.faults
    if (!faults?.length || typeof payload !== 'string') return payload
    let text = payload
    if (faults.some((f) => f.kind === 'localisedNames')) text = localise(text)
    if (faults.some((f) => f.kind === 'truncatedJson'))
      text = text.slice(0, Math.max(1, Math.floor(text.length / 2)))
    // an unquoted key: parses in no JSON parser
    if (faults.some((f) => f.kind === 'malformedJson'))
      text = text.replace(/"(\w+)":/, '$1:').replace(/}$/, ',}')
    return text
  })

  app.addHook('onResponse', async (req, reply) => {
    const entry = requestData.get(req)?.entry
    if (entry) entry.status = reply.statusCode
  })

  app.setNotFoundHandler((req, reply) => {
    reply.code(404).send(springBody(404, 'Not Found', 'No message available', req.url.split('?')[0]))
  })
  app.setErrorHandler((error: Error & { statusCode?: number }, req, reply) => {
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500
    reply
      .code(status)
      .send(
        springBody(
          status,
          status === 500 ? 'Internal Server Error' : 'Bad Request',
          error.message,
          req.url.split('?')[0],
        ),
      )
  })

  app.get('/login.html', (_req, reply) => reply.type('text/html').send(LOGIN_PAGE))
  app.get('/', (_req, reply) => reply.code(302).header('location', '/login.html').send())

  const table = new RouteTable<ApiHandler>()
  registerApiRoutes({ table, state: () => core.state, requestData: dataOf })
  app.route({
    method: ['GET', 'POST', 'DELETE', 'PUT', 'PATCH'],
    url: '/api/*',
    handler: async (req, reply) => {
      const path = req.url.split('?')[0]
      const match = table.find(req.method, path)
      if (match === undefined)
        return reply.code(404).send(springBody(404, 'Not Found', 'No message available', path))
      if (match === 'method') {
        return reply
          .code(405)
          .send(springBody(405, 'Method Not Allowed', `Request method '${req.method}' not supported`, path))
      }
      return match.handler(req, reply, match.params)
    },
  })
  registerControlRoutes(app, core)
  return app
}
