/**
 * The sentences main writes about a failure reach the screen in the language of the moment, not in
 * English: a socket error (the connection indicator), the server's login page or HTTP errors, the
 * connection service's own states, the desk's refusals and notices. ZKBio errors keep their sentence
 * as a stored message too, so a reason kept with a waiting registration is said again in the reader's
 * language. The last tests scan main's source for the defect itself: an error built with an English
 * sentence of its own instead of a message key.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { messages } from '../../../electron/shared/i18n/messages/index'
import { showStoredText, type StoredMessage } from '../../../electron/shared/i18n/stored-message'
import { messageFor, translatorFor } from '../../../electron/shared/i18n/translate'
import { followTestLanguage } from './support/speak'
import { PollTimeoutError } from '../../../electron/main/guard/workers/poll-worker'
import { translateKey } from '../../../electron/main/app/live-words'
import { enrolPersonPhoto } from '../../../electron/main/badge/enrol-photo'
import { toCapabilityViews } from '../../../electron/main/connection/capabilities-view'
import { isApiAccessAbnormal, plainError } from '../../../electron/main/connection/explain'
import { safeStorageProblem } from '../../../electron/main/credentials/encrypted-file-store'
import { verdictOf } from '../../../electron/main/reception/block-list-check'
import { storedRefusal } from '../../../electron/main/reception/stored-reason'
import { describeWaiting } from '../../../electron/main/reception/waiting-registrations'
import { requireServerId } from '../../../electron/main/zkbio/api/params'
import { APP_FEATURES, Capabilities } from '../../../electron/main/zkbio/capabilities'
import { ZkbioCore } from '../../../electron/main/zkbio/core'
import { interpretResponse } from '../../../electron/main/zkbio/envelope'
import { ZkbioError } from '../../../electron/main/zkbio/errors'
import { createTransport } from '../../../electron/main/zkbio/transport/http-transport'
import {
  NETWORK_HINT_CODES,
  TLS_HINT_CODES,
  socketErrorToZkbio,
} from '../../../electron/main/zkbio/transport/node-errors'
import type { ServerProfile } from '../../../electron/shared/settings'
import { createTestDomain, waitForStatus, workingSafeStorage } from '../settings/helpers'

const { speak } = followTestLanguage()
afterEach(() => speak('en'))

const refused = () => Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:8098'), { code: 'ECONNREFUSED' })
const thrown = (fn: () => unknown): unknown => {
  try {
    fn()
  } catch (e) {
    return e
  }
  throw new Error('nothing was thrown')
}
const answer = (status: number, body: string, headers: Record<string, string> = {}) => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: Buffer.from(body),
})
const interpreted = (res: ReturnType<typeof answer>) =>
  thrown(() => interpretResponse(res, { endpoint: '/api/door/list', schema: z.unknown() })) as ZkbioError
const reads = (problem: StoredMessage | null, lang: 'es' | 'ar' | 'en') =>
  showStoredText(problem ? `i18n:${JSON.stringify(problem)}` : null, (key, params) =>
    translatorFor(lang)(key as never, params),
  )

describe('ZKBio failures in the current language', () => {
  it('a refused connection reads Spanish in the connection indicator and keeps its key', () => {
    speak('es')
    const error = socketErrorToZkbio(refused(), '/api/door/list')
    expect(error.kind).toBe('network')
    expect(error.message).toBe(
      'El servidor ZKBio rechazó la conexión. Compruebe la dirección y el puerto, y que el servidor esté en marcha.',
    )
    expect(plainError(error)).toBe(error.message)
    expect(error.problem).toEqual({ key: 'server.zkbio.hints.ECONNREFUSED' })
    expect(error.detail).toBe('ECONNREFUSED connect ECONNREFUSED 10.0.0.5:8098')
    // English stays word for word.
    speak('en')
    expect(socketErrorToZkbio(refused(), '/x').message).toBe(
      'The ZKBio server refused the connection. Check the address and port, and that the server is running.',
    )
  })

  it('a reason kept while in English is said later in the reader’s language', () => {
    const kept = storedRefusal(socketErrorToZkbio(refused(), '/api/visRegistration/add'))
    const arabic = showStoredText(kept, (key, params) => translatorFor('ar')(key as never, params))
    expect(arabic).toBe('رفض خادم ZKBio الاتصال. تحقق من العنوان والمنفذ، ومن أن الخادم يعمل.')
  })

  it('every socket error code with its own hint keeps it as a key every language has', () => {
    for (const [codes, kind] of [
      [TLS_HINT_CODES, 'tls'],
      [NETWORK_HINT_CODES, 'network'],
    ] as const) {
      for (const code of codes) {
        const error = socketErrorToZkbio(Object.assign(new Error(`x ${code}`), { code }), '/api/x')
        expect(error.kind, code).toBe(kind)
        expect(error.problem, code).toEqual({ key: `server.zkbio.hints.${code}` })
        expect(messages.en.server.zkbio.hints, code).toHaveProperty(code)
        expect(messageFor('es', `server.zkbio.hints.${code}`), code).not.toBe(
          messageFor('en', `server.zkbio.hints.${code}`),
        )
      }
    }
  })

  it("the server's login page, its licence refusal and bare HTTP errors read Spanish", () => {
    speak('es')
    const loginPage = interpreted(
      answer(200, '<html><title>ZKBio</title><input type="password"></html>', {
        'content-type': 'text/html',
      }),
    )
    expect(loginPage).toMatchObject({ kind: 'auth', problem: { key: 'server.zkbio.answer.loginPage' } })
    expect(loginPage.message).toBe(
      'El servidor ZKBio respondió con su página de inicio de sesión: se rechazó el token de la API o la API no está habilitada.',
    )
    const redirected = interpreted(answer(302, '', { location: '/login.html' }))
    expect(redirected.message).toMatch(/^El servidor ZKBio envió la petición a su página de inicio de sesión/)
    const abnormal = interpreted(answer(200, '{"code":-1,"message":"API access abnormal"}'))
    expect(abnormal.message).toMatch(/^El servidor ZKBio dice "API access abnormal": la licencia de la API/)
    expect(isApiAccessAbnormal(abnormal)).toBe(true)
    expect(interpreted(answer(404, '')).message).toBe(
      'El servidor ZKBio no reconoce esta petición (HTTP 404). Puede ser una versión anterior.',
    )
    const gateway = interpreted(
      answer(503, '<html><title>503</title></html>', { 'content-type': 'text/html' }),
    )
    expect(gateway.problem).toEqual({ key: 'server.zkbio.answer.gatewayFailing', params: { status: 503 } })
    expect(gateway.message).toMatch(/^El servidor ZKBio, o una pasarela delante de él, .*\(HTTP 503\)/)
    expect(reads(interpreted(answer(418, '')).problem, 'ar')).toBe(
      'أجاب خادم ZKBio بخطأ غير متوقع (HTTP 418).',
    )
  })

  it('the client’s own refusals (address, token, ids, lacking features) read Spanish', () => {
    speak('es')
    expect((thrown(() => createTransport({ baseUrl: 'ftp://10.0.0.5' })) as ZkbioError).message).toBe(
      'La dirección del servidor debe empezar por http:// o https://.',
    )
    expect(
      (thrown(() => new ZkbioCore({ baseUrl: 'https://10.0.0.5', token: '' })) as ZkbioError).message,
    ).toBe('No hay ningún token de la API configurado para este servidor.')
    expect((thrown(() => requireServerId('1', 'gate', '/api/gate')) as ZkbioError).message).toBe(
      'El identificador de este torniquete no es válido; elija de nuevo el torniquete en la lista.',
    )
    const lacking = thrown(() =>
      new Capabilities({ features: { visitTransactions: 'no' } as never }).require('visitTransactions'),
    ) as ZkbioError
    expect(lacking).toMatchObject({
      kind: 'unsupported',
      problem: { key: 'server.zkbio.features.visitTransactions' },
    })
    expect(lacking.message).toMatch(/^Este servidor no puede listar las visitas pasadas/)
    const views = toCapabilityViews(null)
    expect(views.find((v) => v.feature === 'visitTransactions')?.label).toBe('Historial de visitas')
    expect(views.find((v) => v.feature === 'visitorQr')?.message).toMatch(
      /^Este servidor no ofrece ninguna forma/,
    )
    for (const feature of APP_FEATURES)
      expect(messageFor('en', `server.zkbio.featureLabels.${feature}`), feature).not.toBeNull()
  })
})

describe("the connection service's states in the current language", () => {
  it('not set up, refused, and no token stored: each said in Spanish', async () => {
    speak('es')
    const closed = createServer()
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r))
    const port = (closed.address() as { port: number }).port
    await new Promise<void>((r) => closed.close(() => r()))
    const t = createTestDomain({ safeStorage: workingSafeStorage() })
    try {
      await t.domain.start()
      expect(() => t.domain.connection.client()).toThrow(
        'Todavía no hay ningún servidor ZKBio configurado. Abra Configuración para conectar uno.',
      )
      await t.invoke('settings.update', { credentialFallbackConsent: true })
      const added = await t.invoke('settings.addProfile', {
        name: 'Sede',
        url: `http://127.0.0.1:${port}`,
        token: 'es-token-4f2a9c1d7e',
      })
      if (!added.ok) throw new Error(added.error.message)
      const down = await waitForStatus(t.domain, (s) => s.state === 'offline' && !!s.lastError)
      expect(down.lastError).toBe(
        'El servidor ZKBio rechazó la conexión. Compruebe la dirección y el puerto, y que el servidor esté en marcha.',
      )
      // A new address drops the stored token (it was bound to the old one).
      const elsewhere = `http://127.0.0.1:${port === 65535 ? port - 1 : port + 1}`
      await t.invoke('settings.editProfile', { id: added.data.id, url: elsewhere })
      const noToken = await waitForStatus(t.domain, (s) => s.serverUrl === elsewhere && s.state === 'offline')
      expect(noToken.lastError).toBe(
        'No hay ningún token de la API guardado para este servidor. Abra Configuración, edite el perfil e introduzca el token.',
      )
    } finally {
      t.dispose()
    }
  })
})

describe("the desk's own sentences in the current language", () => {
  it('block-list verdicts, a discarded photo, waiting registrations and the key store say Spanish', async () => {
    speak('es')
    expect(verdictOf(-254).message).toBe(
      'Este visitante está en la lista de bloqueo y no puede registrarse. Llame a seguridad.',
    )
    expect(verdictOf(-255).message).toBe(
      'Este documento ya está registrado y en el recinto (sin salida registrada).',
    )
    const verdict = await enrolPersonPhoto(
      { person: { updatePersonnelPhoto: async () => ({}) } },
      '7',
      '/9j/x',
    )
    expect(verdict.message).toBe('El servidor aceptó la foto. Ya figura en la ficha del empleado.')
    const profile = { id: 'p1', name: 'Sede Norte' } as ServerProfile
    const [one, three] = describeWaiting(
      [
        { profileId: 'p1', profileName: 'Sede Norte', binding: 'b', count: 1 },
        { profileId: 'gone', profileName: 'Sede Sur', binding: 'b', count: 3 },
      ],
      [profile],
      null,
      () => 'b',
    )
    expect(one!.message).toBe(
      '1 registro espera a Sede Norte. Se envía cuando Sede Norte vuelva a ser el servidor en uso.',
    )
    expect(three!.message).toMatch(/^3 registros esperan a Sede Sur, un perfil de servidor que se eliminó\./)
    expect(safeStorageProblem(null)).toBe('el almacenamiento cifrado no está disponible en esta versión')
    speak('en')
    expect(verdictOf(-254).message).toBe(
      'This visitor is on the block list and cannot be registered. Call security.',
    )
    expect(
      describeWaiting([{ profileId: null, profileName: '', binding: null, count: 2 }], [], null, () => '')[0],
    ).toMatchObject({
      profileName: 'an unknown server',
      message: expect.stringMatching(/^2 registrations wait for the server they were typed for/),
    })
  })
})

// ---------------------------------------------------------------- the defect class, in the source

const MAIN = join(__dirname, '../../../electron/main')
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  )
const files = sources(MAIN).map((file) => ({
  name: relative(MAIN, file),
  source: ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true),
}))
const where = (name: string, source: ts.SourceFile, node: ts.Node) =>
  `${name}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
const isText = (node: ts.Node | undefined) =>
  !!node &&
  (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node))

function each(visit: (node: ts.Node, at: () => string) => void): void {
  for (const { name, source } of files) {
    const walk = (node: ts.Node): void => {
      visit(node, () => where(name, source, node))
      ts.forEachChild(node, walk)
    }
    walk(source)
  }
}

describe("the guard's worker status in the current language", () => {
  it('a poll that got no answer in time says so in Spanish (guard diagnostics)', () => {
    speak('es')
    expect(new PollTimeoutError(3000).message).toBe('Sin respuesta en 3000 ms.')
  })
})

describe("main's errors carry message keys, not English sentences", () => {
  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(100)
  })

  it('no ZkbioError is built with a sentence of its own (`message:`): it gives a `problem` key instead', () => {
    const found: string[] = []
    each((node, at) => {
      if (!ts.isNewExpression(node) || node.expression.getText() !== 'ZkbioError') return
      const init = node.arguments?.[0]
      if (!init || !ts.isObjectLiteralExpression(init)) return
      for (const p of init.properties) {
        const named = (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && p.name.getText()
        if (named === 'message' || (ts.isSpreadAssignment(p) && /\bmessage\b/.test(p.getText())))
          found.push(`${at()}: ${p.getText()}`)
      }
    })
    expect(found).toEqual([])
  })

  it('no AppError is thrown with a written-out sentence: it goes through translate()', () => {
    const found: string[] = []
    each((node, at) => {
      if (ts.isNewExpression(node) && node.expression.getText() === 'AppError' && isText(node.arguments?.[1]))
        found.push(`${at()}: ${node.arguments![1]!.getText()}`)
    })
    expect(found).toEqual([])
  })

  it('every message key main keeps as a stored message (`key: "…"`) exists in English', () => {
    const namespaces = new Set(Object.keys(messages.en))
    const missing: string[] = []
    let count = 0
    each((node, at) => {
      if (!ts.isPropertyAssignment(node) || node.name.getText() !== 'key') return
      if (!ts.isStringLiteral(node.initializer)) return
      const key = node.initializer.text
      if (!key.includes('.') || !namespaces.has(key.split('.')[0]!)) return
      count++
      if (messageFor('en', key) === null) missing.push(`${at()}: ${key}`)
    })
    expect(count).toBeGreaterThan(20)
    expect(missing).toEqual([])
    for (const what of ['door', 'gate', 'floor'] as const)
      expect(translateKey(`server.zkbio.request.badId.${what}`)).not.toMatch(/^server\./)
  })
})
