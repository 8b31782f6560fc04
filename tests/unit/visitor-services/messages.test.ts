import { describe, expect, it } from 'vitest'
import { problemText, storedDeliveryProblem } from '../../../electron/main/notify/delivery-error'
import { explainMailError, MailError, transportOptions } from '../../../electron/main/notify/mail-transport'
import { showStoredText, storedDetail } from '../../../electron/shared/i18n/stored-message'
import type { MessageParams } from '../../../electron/shared/i18n/format-message'
import { translatorFor, type MessageKey } from '../../../electron/shared/i18n/translate'
import { fillTemplate, textToHtml } from '../../../electron/main/notify/templates'
import { slackPayload, teamsPayload } from '../../../electron/main/notify/webhooks'
import { isAllowedWebhookUrl, smtpSettings } from '../../../electron/shared/visitor-services-settings'

describe('templates', () => {
  it('fills known placeholders once and leaves unknown ones as typed', () => {
    expect(fillTemplate('{visitor} for {host} at {nope}', { visitor: '{host}', host: 'Ana' })).toBe(
      '{host} for Ana at {nope}',
    )
  })
  it('escapes HTML in the e-mail body', () => {
    expect(textToHtml('<b>O’Brien & co</b>\nline 2\n\nnext')).toBe(
      '<p>&lt;b&gt;O’Brien &amp; co&lt;/b&gt;<br>line 2</p>\n<p>next</p>',
    )
  })
})

const toSpanish = translatorFor('es')
const spanish = (key: string, params?: MessageParams) => toSpanish(key as MessageKey, params)

describe('SMTP', () => {
  const base = smtpSettings.parse({ host: 'smtp.example.com', username: 'u' })
  it('STARTTLS is required, TLS is implicit on connect, none ignores TLS', () => {
    expect(transportOptions({ ...base, security: 'starttls' }, 'pw')).toMatchObject({
      secure: false,
      requireTLS: true,
      ignoreTLS: false,
      auth: { user: 'u', pass: 'pw' },
      tls: { rejectUnauthorized: true },
    })
    expect(transportOptions({ ...base, security: 'tls', port: 465 }, 'pw')).toMatchObject({
      secure: true,
      requireTLS: false,
    })
    expect(transportOptions({ ...base, security: 'none' }, null)).toMatchObject({ ignoreTLS: true })
  })
  it("explains failures in plain words, in the reader's language, the server's own answer as detail", () => {
    const auth = explainMailError({ code: 'EAUTH', response: '535 5.7.8 bad credentials' }, base)
    expect(auth).toEqual({
      key: 'server.delivery.mailAuth',
      params: { server: 'smtp.example.com:587' },
      detail: '535 5.7.8 bad credentials',
    })
    expect(problemText(auth)).toBe(
      'The mail server smtp.example.com:587 refused the user name or password. (535 5.7.8 bad credentials)',
    )
    const unreachable = explainMailError({ code: 'ECONNECTION', message: 'connect ECONNREFUSED' }, base)
    expect(problemText(unreachable)).toBe(
      'The mail server smtp.example.com:587 could not be reached. (connect ECONNREFUSED)',
    )
    // Kept in the outbox as a stored message: read later in Spanish, it is Spanish.
    const stored = storedDeliveryProblem(new MailError(unreachable))
    expect(showStoredText(stored, spanish)).toBe(
      'No se pudo contactar con el servidor de correo smtp.example.com:587.',
    )
    expect(storedDetail(stored)).toBe('connect ECONNREFUSED')
    // Anything else keeps its words only as the detail of a translated sentence.
    expect(showStoredText(storedDeliveryProblem(new Error('socket hang up')), spanish)).toBe(
      'No se pudo enviar el aviso.',
    )
  })
})

describe('webhooks', () => {
  const message = {
    title: 'Ana is at reception',
    text: 'Ana <Acme> & co arrived',
    facts: [
      { title: 'Visitor', value: 'Ana' },
      { title: 'Company', value: '' },
    ],
  }
  it('Teams gets a message with one Adaptive Card', () => {
    const payload = teamsPayload(message) as {
      type: string
      attachments: {
        contentType: string
        content: { type: string; body: { type: string; facts?: unknown[] }[] }
      }[]
    }
    expect(payload.type).toBe('message')
    expect(payload.attachments).toHaveLength(1)
    expect(payload.attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive')
    expect(payload.attachments[0]?.content.type).toBe('AdaptiveCard')
    // Empty facts are left out.
    expect(payload.attachments[0]?.content.body.find((b) => b.type === 'FactSet')?.facts).toHaveLength(1)
  })
  it('Slack gets text plus blocks with &, < and > escaped', () => {
    const payload = slackPayload(message) as {
      text: string
      blocks: { type: string; text?: { text: string } }[]
    }
    expect(payload.text).toContain('Ana is at reception')
    expect(payload.blocks[1]?.text?.text).toBe('Ana &lt;Acme&gt; &amp; co arrived')
  })
  it('accepts https, and http only to this computer', () => {
    expect(isAllowedWebhookUrl('https://example.webhook.office.com/x')).toBe(true)
    expect(isAllowedWebhookUrl('http://127.0.0.1:9000/hook')).toBe(true)
    expect(isAllowedWebhookUrl('http://hooks.example.com/x')).toBe(false)
    expect(isAllowedWebhookUrl('file:///etc/passwd')).toBe(false)
  })
})
