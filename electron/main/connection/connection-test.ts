/**
 * "Test connection" in the setup wizard and the profile editor: checks, in order, that something
 * answers at the address, that its certificate is the trusted one, that the token is accepted, that
 * the API licence works, and which optional features the server has. Each step says what it found and
 * what to do. The token is sent only after the certificate check passed: never to a server whose
 * identity is unconfirmed.
 */
import tls from 'node:tls'
import type { CertificateView, ConnectionTestResult, TestStep } from '../../shared/contract/connection'
import type { TlsTrust } from '../../shared/settings'
import { createLogger } from '../log'
import { ZkbioError } from '../zkbio/errors'
import { probeCertificate, type ServerCertificateInfo } from '../zkbio/transport/probe-certificate'
import { fingerprintsEqual } from '../zkbio/transport/tls-trust'
import { toCapabilityViews } from './capabilities-view'
import {
  adviceFor,
  certificateChanged,
  certificateChangedAction,
  isApiAccessAbnormal,
  isCertificateChanged,
  plainError,
} from './explain'
import { checkReachable, hostAndPort } from './reachability'
import type { ServerLinkFactory } from './server-link'
import { translate } from '../i18n'

const log = createLogger('connection-test')

export interface ConnectionTestInput {
  url: string
  token: string | null
  tls: TlsTrust
}

/** Each step's title, in the current language. */
const TITLES = {
  get reachable() {
    return translate('server.connectionTest.titleReachable')
  },
  get certificate() {
    return translate('server.connectionTest.titleCertificate')
  },
  get token() {
    return translate('server.connectionTest.titleToken')
  },
  get licence() {
    return translate('server.connectionTest.titleLicence')
  },
  get capabilities() {
    return translate('server.connectionTest.titleCapabilities')
  },
} satisfies Record<TestStep['id'], string>

const step = (
  id: TestStep['id'],
  status: TestStep['status'],
  message: string,
  action: string | null = null,
): TestStep => ({
  id,
  title: TITLES[id],
  status,
  message,
  action,
})

const skipped = (id: TestStep['id'], why: string): TestStep => step(id, 'skipped', why)

function certificateView(info: ServerCertificateInfo): CertificateView {
  return {
    fingerprint256: info.fingerprint256,
    subject: info.subject,
    issuer: info.issuer,
    validFrom: info.validFrom,
    validTo: info.validTo,
    expired: info.expired,
    selfSigned: info.selfSigned,
    trustedBySystem: info.trustedBySystem,
  }
}

/** Does the server's chain verify against the given CA (and the host name)? */
function verifiesWithCa(url: string, caPem: string, timeoutMs = 8000): Promise<string | null> {
  const { host, port } = hostAndPort(url)
  const isIp = isIpAddress(host)
  return new Promise((resolve) => {
    const socket = tls.connect({
      host,
      port,
      ca: caPem,
      rejectUnauthorized: false,
      ...(isIp ? {} : { servername: host }),
    })
    const timer = setTimeout(() => finish(translate('server.connectionTest.handshakeTimeout')), timeoutMs)
    const finish = (problem: string | null) => {
      clearTimeout(timer)
      socket.destroy()
      resolve(problem)
    }
    socket.once('error', (err) => finish(err.message))
    socket.once('secureConnect', () => {
      if (!socket.authorized)
        return finish(String(socket.authorizationError ?? translate('server.connectionTest.notSignedByCa')))
      const identity = tls.checkServerIdentity(host, socket.getPeerCertificate())
      finish(identity ? identity.message : null)
    })
  })
}

function isIpAddress(host: string): boolean {
  return /^[\d.]+$/.test(host) || host.includes(':')
}

interface CertificateOutcome {
  step: TestStep
  certificate: CertificateView | null
  trust: ConnectionTestResult['certificateTrust']
  /** Safe to send the token. */
  proceed: boolean
}

async function checkCertificate(input: ConnectionTestInput): Promise<CertificateOutcome> {
  if (new URL(input.url).protocol === 'http:') {
    return {
      step: step(
        'certificate',
        'warning',
        translate('server.connectionTest.httpWarning'),
        translate('server.connectionTest.httpAction'),
      ),
      certificate: null,
      trust: 'not-applicable',
      proceed: true,
    }
  }
  let info: ServerCertificateInfo
  try {
    info = await probeCertificate(input.url, { timeoutMs: 8000 })
  } catch (error) {
    const message = plainError(error)
    return {
      step: step('certificate', 'failed', message, error instanceof ZkbioError ? adviceFor(error) : null),
      certificate: null,
      trust: 'untrusted',
      proceed: false,
    }
  }
  const certificate = certificateView(info)
  const expiry = info.expired
    ? translate('server.connectionTest.expired', {
        from: info.validFrom.slice(0, 10),
        to: info.validTo.slice(0, 10),
      })
    : ''

  if (input.tls.mode === 'fingerprint') {
    if (fingerprintsEqual(input.tls.fingerprint256, info.fingerprint256)) {
      return {
        step: step(
          'certificate',
          info.expired ? 'warning' : 'passed',
          translate('server.connectionTest.presentedTrusted', { expiry }),
        ),
        certificate,
        trust: 'pinned',
        proceed: true,
      }
    }
    return {
      step: step('certificate', 'failed', certificateChanged(), certificateChangedAction()),
      certificate,
      trust: 'changed',
      proceed: false,
    }
  }
  if (input.tls.mode === 'ca') {
    const problem = await verifiesWithCa(input.url, input.tls.caPem)
    if (problem === null) {
      return {
        step: step(
          'certificate',
          'passed',
          translate('server.connectionTest.signedByCa', { file: input.tls.caFileName || '' }).replace(
            ' .',
            '.',
          ),
        ),
        certificate,
        trust: 'ca',
        proceed: true,
      }
    }
    return {
      step: step(
        'certificate',
        'failed',
        translate('server.connectionTest.caFails', { problem }),
        translate('server.connectionTest.caFailsAction'),
      ),
      certificate,
      trust: 'untrusted',
      proceed: false,
    }
  }
  if (info.trustedBySystem) {
    return {
      step: step(
        'certificate',
        info.expired ? 'warning' : 'passed',
        translate('server.connectionTest.trustedBySystem', { expiry }),
      ),
      certificate,
      trust: 'system',
      proceed: true,
    }
  }
  return {
    step: step(
      'certificate',
      'failed',
      info.selfSigned
        ? translate('server.connectionTest.selfSigned')
        : translate('server.connectionTest.notTrusted', {
            problem: info.systemTrustError ?? translate('server.connectionTest.unknownIssuer'),
          }),
      translate('server.connectionTest.compareFingerprint'),
    ),
    certificate,
    trust: 'untrusted',
    proceed: false,
  }
}

export async function runConnectionTest(
  input: ConnectionTestInput,
  createLink: ServerLinkFactory,
): Promise<ConnectionTestResult> {
  const steps: TestStep[] = []
  const finish = (
    certificate: CertificateView | null,
    trust: ConnectionTestResult['certificateTrust'],
    capabilities: ConnectionTestResult['capabilities'] = [],
  ): ConnectionTestResult => {
    const done = new Set(steps.map((s) => s.id))
    for (const id of ['reachable', 'certificate', 'token', 'licence', 'capabilities'] as const) {
      if (!done.has(id)) steps.push(skipped(id, translate('server.connectionTest.notChecked')))
    }
    const success = steps.every((s) => s.status === 'passed' || s.status === 'warning')
    log.info('connection test finished', {
      url: input.url,
      success,
      failed: steps.filter((s) => s.status === 'failed').map((s) => s.id),
    })
    return { success, steps, certificate, certificateTrust: trust, capabilities }
  }

  const { host, port } = hostAndPort(input.url)
  const unreachable = await checkReachable(input.url)
  if (unreachable) {
    steps.push(
      step(
        'reachable',
        'failed',
        translate('server.connectionTest.nothingAnswers', { host, port, message: unreachable.message }),
        translate('server.connectionTest.nothingAnswersAction'),
      ),
    )
    return finish(null, 'not-applicable')
  }
  steps.push(step('reachable', 'passed', translate('server.connectionTest.somethingAnswers', { host, port })))

  const cert = await checkCertificate(input)
  steps.push(cert.step)
  if (!cert.proceed) return finish(cert.certificate, cert.trust)

  if (!input.token) {
    steps.push(
      step(
        'token',
        'failed',
        translate('server.connectionTest.noToken'),
        translate('server.connectionTest.noTokenAction'),
      ),
    )
    return finish(cert.certificate, cert.trust)
  }

  const link = createLink({ url: input.url, token: input.token, tls: input.tls, timeoutMs: 10_000 })
  try {
    try {
      await link.ping()
      steps.push(step('token', 'passed', translate('server.connectionTest.tokenAccepted')))
      steps.push(step('licence', 'passed', translate('server.connectionTest.licenceActive')))
    } catch (error) {
      if (isApiAccessAbnormal(error)) {
        steps.push(skipped('token', translate('server.connectionTest.licenceFirst')))
        steps.push(
          step(
            'licence',
            'failed',
            translate('server.connectionTest.apiAbnormal'),
            translate('server.connectionTest.apiAbnormalAction'),
          ),
        )
      } else if (isCertificateChanged(error)) {
        steps[steps.length - 1] = step(
          'certificate',
          'failed',
          certificateChanged(),
          certificateChangedAction(),
        )
        return finish(cert.certificate, 'changed')
      } else if (error instanceof ZkbioError && error.kind === 'auth') {
        steps.push(step('token', 'failed', translate('server.connectionTest.tokenRefused'), adviceFor(error)))
      } else {
        const zk = error instanceof ZkbioError ? error : null
        steps.push(
          step(
            'token',
            'failed',
            translate('server.connectionTest.tokenUnchecked', { error: plainError(error) }),
            zk ? adviceFor(zk) : null,
          ),
        )
      }
      return finish(cert.certificate, cert.trust)
    }

    try {
      const snapshot = await link.detectCapabilities()
      const views = toCapabilityViews(snapshot)
      const missing = views.filter((v) => v.availability === 'no')
      const unknown = views.filter((v) => v.availability === 'unknown')
      if (missing.length === 0 && unknown.length === 0) {
        steps.push(step('capabilities', 'passed', translate('server.connectionTest.allFeatures')))
      } else {
        const parts = [
          missing.length
            ? translate('server.connectionTest.lacks', { list: missing.map((v) => v.label).join(', ') })
            : '',
          unknown.length
            ? translate('server.connectionTest.couldNotTell', {
                list: unknown.map((v) => v.label).join(', '),
              })
            : '',
        ].filter(Boolean)
        steps.push(
          step(
            'capabilities',
            'warning',
            parts.join(' '),
            missing.find((v) => v.feature === 'visitorQr')?.message ??
              translate('server.connectionTest.worksWithout'),
          ),
        )
      }
      return finish(cert.certificate, cert.trust, views)
    } catch (error) {
      steps.push(
        step(
          'capabilities',
          'warning',
          translate('server.connectionTest.featuresUnchecked', { error: plainError(error) }),
          translate('server.connectionTest.checkedAgain'),
        ),
      )
      return finish(cert.certificate, cert.trust, toCapabilityViews(link.capabilities()))
    }
  } finally {
    link.close()
  }
}
