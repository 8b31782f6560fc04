/**
 * Incoming webhooks of Microsoft Teams (Workflows "post to a channel when a webhook request is
 * received": a message with an Adaptive Card attachment) and Slack (`text` + Block Kit). Neither
 * carries the photo: both cap the payload far below a photo's size and Slack wants a public image URL.
 */
import { isAllowedWebhookUrl } from '../../shared/visitor-services-settings'
import { DeliveryError, deliveryProblem } from './delivery-error'

export interface WebhookMessage {
  title: string
  text: string
  facts: { title: string; value: string }[]
}

export function teamsPayload(m: WebhookMessage): unknown {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text: m.title, weight: 'Bolder', size: 'Medium', wrap: true },
            { type: 'TextBlock', text: m.text, wrap: true },
            { type: 'FactSet', facts: m.facts.filter((f) => f.value) },
          ],
        },
      },
    ],
  }
}

/** Slack's mrkdwn needs &, < and > escaped (its documented three). */
const slackEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export function slackPayload(m: WebhookMessage): unknown {
  const facts = m.facts.filter((f) => f.value)
  return {
    text: `${m.title}\n${m.text}`,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: m.title.slice(0, 150), emoji: false } },
      { type: 'section', text: { type: 'mrkdwn', text: slackEscape(m.text).slice(0, 3000) } },
      ...(facts.length
        ? [
            {
              type: 'section',
              fields: facts
                .slice(0, 10)
                .map((f) => ({ type: 'mrkdwn', text: `*${slackEscape(f.title)}*\n${slackEscape(f.value)}` })),
            },
          ]
        : []),
    ],
  }
}

/** Webhook URLs are secrets of a sort (anyone with one can post): errors name the service, not the URL. */
export async function postWebhook(service: 'Teams' | 'Slack', url: string, payload: unknown): Promise<void> {
  if (!isAllowedWebhookUrl(url))
    throw new DeliveryError(deliveryProblem('server.delivery.webhookInvalid', { service }))
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(10_000),
      redirect: 'error',
    })
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name
    throw new DeliveryError(deliveryProblem('server.delivery.webhookUnreachable', { service }, cause))
  }
  if (!response.ok) {
    const body = (await response.text().catch(() => '')).slice(0, 200)
    throw new DeliveryError(
      deliveryProblem('server.delivery.webhookAnswered', { service, status: response.status }, body),
    )
  }
}
