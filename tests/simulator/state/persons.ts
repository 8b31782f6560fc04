import { formatDate } from '../lib/dates.ts'
import { hexId, Prng, stableHash } from '../lib/prng.ts'
import type { Person } from './model.ts'
import { FIRST_NAMES, LAST_NAMES } from './names.ts'

// The person store. Seeded persons are generated on first use from (seed, index) alone, so scale
// mode's 50,000 persons cost nothing at start; records added by the API live beside them.
// Seeded pins are 1001, 1002, ...; seeded cards are 3,000,000 + 13 * index + (0..12).

export interface PersonSeedContext {
  seed: number
  start: number
  accLevelIds: string[]
  eleLevelIds: string[]
  psgLevelIds: string[]
  deptCodes: string[]
}

const FIRST_PIN = 1001
const CARD_BASE = 3_000_000
const LETTERS_A = 'BCDFGHJKLM'
const LETTERS_B = 'NPRSTVWXYZ'
const pad2 = (n: number) => (n < 10 ? '0' : '') + n

export function generatePerson(ctx: PersonSeedContext, index: number): Person {
  const rng = new Prng(stableHash(`${ctx.seed}:person:${index}`))
  const i = index + 1
  const pin = String(FIRST_PIN + index)
  const name = FIRST_NAMES[rng.int(0, FIRST_NAMES.length - 1)]
  const lastName = LAST_NAMES[rng.int(0, LAST_NAMES.length - 1)]
  const levels = [ctx.accLevelIds[0]]
  if (rng.chance(0.6)) levels.push(ctx.accLevelIds[rng.int(1, ctx.accLevelIds.length - 1)])
  const r = () => rng.int(0, 9)
  return {
    id: hexId(ctx.seed, 'person', i),
    pin,
    // the first persons staff reception and security
    deptCode: i <= 4 ? '2' : i <= 12 ? '3' : ctx.deptCodes[rng.int(0, ctx.deptCodes.length - 1)],
    name,
    lastName,
    gender: rng.chance(0.5) ? 'F' : 'M',
    cardNo: String(CARD_BASE + index * 13 + rng.int(0, 12)),
    supplyCards: [],
    accLevelIds: levels,
    eleLevelIds: rng.chance(0.7) ? [ctx.eleLevelIds[rng.int(0, ctx.eleLevelIds.length - 1)]] : [],
    psgLevelIds: [ctx.psgLevelIds[rng.int(0, ctx.psgLevelIds.length - 1)]],
    accStartTime: null,
    accEndTime: null,
    birthday: `${rng.int(1960, 2002)}-${pad2(rng.int(1, 12))}-${pad2(rng.int(1, 28))}`,
    certType: '',
    certNumber: '',
    email: `${name}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, '') + `${i}@example.com`,
    hireDate: formatDate(ctx.start - (30 + rng.int(0, 99) * 29) * 86_400_000),
    isDisabled: false,
    isSendMail: false,
    mobilePhone: `+34 6${rng.digits(8)}`,
    personPwd: '',
    selfPwd: 'e10adc3949ba59abbe56e057f20f883e',
    ssn: null,
    carPlate: rng.chance(0.3) ? `${rng.digits(4)} ${LETTERS_A[r()]}${LETTERS_B[r()]}${LETTERS_A[r()]}` : null,
    photo: null,
    photoVariant: rng.chance(0.85) ? rng.int(0, 63) : -1,
    left: null,
    isAttendance: true,
    perDevAuth: i <= 2 ? 14 : 0,
    verifyMode: 0,
    insCategory: 0,
  }
}

/** The Map-like subset the simulator uses, with seeded persons made on demand. */
export class PersonStore {
  private readonly ctx: PersonSeedContext
  private readonly seeded: (Person | undefined)[]
  private readonly deleted = new Set<number>()
  private readonly added = new Map<string, Person>()
  /** cards given at runtime -> pin (checked against the holder's current cards) */
  private readonly cardHints = new Map<string, string>()

  constructor(ctx: PersonSeedContext, count: number) {
    this.ctx = ctx
    this.seeded = new Array(count)
  }

  private seededIndex(pin: string): number {
    if (!/^\d+$/.test(pin)) return -1
    const index = Number(pin) - FIRST_PIN
    return index >= 0 && index < this.seeded.length && String(FIRST_PIN + index) === pin ? index : -1
  }

  private at(index: number): Person {
    return (this.seeded[index] ??= generatePerson(this.ctx, index))
  }

  get size(): number {
    return this.seeded.length - this.deleted.size + this.added.size
  }

  get(pin: string): Person | undefined {
    const index = this.seededIndex(pin)
    if (index >= 0) return this.deleted.has(index) ? undefined : this.at(index)
    return this.added.get(pin)
  }

  has(pin: string): boolean {
    return this.get(pin) !== undefined
  }

  set(pin: string, person: Person): void {
    const index = this.seededIndex(pin)
    if (index >= 0) {
      this.deleted.delete(index)
      this.seeded[index] = person
    } else this.added.set(pin, person)
  }

  delete(pin: string): boolean {
    const index = this.seededIndex(pin)
    if (index >= 0) {
      if (this.deleted.has(index)) return false
      this.deleted.add(index)
      this.seeded[index] = undefined
      return true
    }
    return this.added.delete(pin)
  }

  *values(): IterableIterator<Person> {
    for (let i = 0; i < this.seeded.length; i++) if (!this.deleted.has(i)) yield this.at(i)
    yield* this.added.values()
  }

  *keys(): IterableIterator<string> {
    for (let i = 0; i < this.seeded.length; i++) if (!this.deleted.has(i)) yield String(FIRST_PIN + i)
    yield* this.added.keys()
  }

  /** The n-th pin (0-based) in list order without generating the others; deleted pins skipped. */
  pinAt(n: number): string | undefined {
    if (!this.deleted.size && n < this.seeded.length) return String(FIRST_PIN + n)
    let k = 0
    for (const pin of this.keys()) if (k++ === n) return pin
    return undefined
  }

  /** A page of the unfiltered list: only the persons on the page are generated. */
  page(offset: number, count: number): Person[] {
    const out: Person[] = []
    if (!this.deleted.size) {
      for (let i = offset; i < Math.min(this.seeded.length, offset + count); i++) out.push(this.at(i))
      if (out.length < count) {
        const skip = Math.max(0, offset - this.seeded.length)
        out.push(...[...this.added.values()].slice(skip, skip + count - out.length))
      }
      return out
    }
    let k = 0
    for (const p of this.values()) {
      if (k++ < offset) continue
      if (out.length >= count) break
      out.push(p)
    }
    return out
  }

  /** Who holds this card now (main or secondary), if anyone. */
  cardOwner(cardNo: string): string | undefined {
    const holds = (pin: string | undefined) => {
      const p = pin === undefined ? undefined : this.get(pin)
      return !!p && (p.cardNo === cardNo || p.supplyCards.includes(cardNo))
    }
    const hinted = this.cardHints.get(cardNo)
    if (holds(hinted)) return hinted
    const n = Number(cardNo)
    if (Number.isInteger(n) && n >= CARD_BASE) {
      const pin = String(FIRST_PIN + Math.floor((n - CARD_BASE) / 13))
      if (this.seededIndex(pin) >= 0 && holds(pin)) return pin
    }
    return undefined
  }

  /** Records that `pin` now holds `cardNo` (lookups re-check the holder's current cards). */
  noteCard(cardNo: string, pin: string): void {
    this.cardHints.set(cardNo, pin)
  }
}
