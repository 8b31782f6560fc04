/** Cards (2.4). */
import type { CallOptions, ZkbioCore } from '../core'
import { defineEndpoints } from '../endpoint'
import { anyData, list } from '../schemas/primitives'
import { cardSchema } from '../schemas/records'

export const cardEndpoints = defineEndpoints('card', {
  getCards: {
    section: '2.4.1',
    method: 'GET',
    path: '/api/card/getCards/{pin}',
    effect: 'read',
    data: list(cardSchema),
  },
  set: { section: '2.4.2', method: 'POST', path: '/api/card/set', effect: 'write', data: anyData },
} as const)

export interface CardInput {
  pin: string
  cardNo: string
  /** '0' main card, '1' secondary card. */
  cardType?: '0' | '1'
}

export function cardApi(core: ZkbioCore) {
  const e = cardEndpoints
  return {
    getCards: (pin: string, opts?: CallOptions) => core.call(e.getCards, { pathParams: { pin } }, opts),
    set: (card: CardInput, opts?: CallOptions) =>
      core.call(
        e.set,
        { json: { pin: card.pin, cardNo: card.cardNo, cardType: card.cardType ?? '0' } },
        opts,
      ),
  }
}
