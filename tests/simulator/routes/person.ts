import { formatDate, isDateOnly, parseDateTime } from '../lib/dates.ts'
import { ApiError } from '../lib/errors.ts'
import { list, ok, paging, route, str, v2Wrap, type Ctx, type Paging, type RouteEnv } from '../lib/http.ts'
import { decodeBase64Image, imageInfo, portraitBase64 } from '../lib/images.ts'
import type { Person } from '../state/model.ts'
import { qrPayload } from '../state/qr.ts'
import type { SiteState } from '../state/site.ts'
import { qrSecret } from './visitor.ts'

// Manual 2.13 Person Interface.

const PIN = /^[A-Za-z0-9]{1,24}$/

export function photoOf(p: Person): string {
  return p.photo ?? (p.photoVariant >= 0 ? portraitBase64(p.photoVariant) : '')
}

/** -27 not a picture, -5001 below 80,000 pixels (v1.2, FIELD-NOTES). Returns the bare base64. */
export function checkPhoto(text: string): string {
  const buf = decodeBase64Image(text)
  const info = imageInfo(buf)
  if (!info) throw new ApiError(-27)
  if (info.width * info.height < 80_000) throw new ApiError(-5001)
  return buf.toString('base64')
}

function optionalTime(value: unknown): string | null | undefined {
  if (value === undefined) return undefined
  const text = str(value)
  if (!text) return null
  const ms = parseDateTime(text)
  if (ms === undefined) throw new ApiError(-100)
  return text
}

function setCard(s: SiteState, person: Person, cardNo: string): void {
  if (cardNo) {
    const owner = s.cardOwner(cardNo)
    if (owner && owner !== person.pin) throw new ApiError(-23)
  }
  person.cardNo = cardNo
  if (cardNo) s.persons.noteCard(cardNo, person.pin)
}

function blankPerson(s: SiteState, pin: string): Person {
  return {
    id: s.newId('person'),
    pin,
    deptCode: '1',
    name: '',
    lastName: '',
    gender: '',
    cardNo: '',
    supplyCards: [],
    accLevelIds: [],
    eleLevelIds: [],
    psgLevelIds: [],
    accStartTime: null,
    accEndTime: null,
    birthday: null,
    certType: '',
    certNumber: '',
    email: '',
    hireDate: null,
    isDisabled: false,
    isSendMail: false,
    mobilePhone: '',
    personPwd: '',
    selfPwd: '',
    ssn: null,
    carPlate: null,
    photo: null,
    photoVariant: -1,
    left: null,
    isAttendance: true,
    perDevAuth: 0,
    verifyMode: 0,
    insCategory: 0,
  }
}

/**
 * Add/edit shared by person/add, addPersonnelBasicInfo and reinstated: fields that are absent keep
 * their value; cardNo "" deletes the card (2.13.7). Validates everything before changing anything.
 */
function upsert(s: SiteState, p: Record<string, unknown>, opts: { reinstate?: boolean } = {}): Person {
  const pin = str(p.pin)
  if (!pin) throw new ApiError(-20)
  if (!PIN.test(pin)) throw new ApiError(-29)
  const existing = s.persons.get(pin)
  if (existing?.left && !opts.reinstate) throw new ApiError(-29, 'The person has left: reinstate first')
  const deptCode = p.deptCode === undefined ? undefined : str(p.deptCode)
  if (deptCode && !s.departments.has(deptCode)) throw new ApiError(-13)
  const cardNo = p.cardNo === undefined ? undefined : str(p.cardNo)
  if (cardNo) {
    const owner = s.cardOwner(cardNo)
    if (owner && owner !== pin) throw new ApiError(-23)
  }
  const levelIds = p.accLevelIds === undefined ? undefined : list(p.accLevelIds)
  for (const id of levelIds ?? []) if (!s.accLevels.has(id)) throw new ApiError(-24)
  const accStartTime = optionalTime(p.accStartTime)
  const accEndTime = optionalTime(p.accEndTime)
  if (accStartTime && accEndTime && parseDateTime(accStartTime)! > parseDateTime(accEndTime)!)
    throw new ApiError(-101)
  const photo = str(p.personPhoto) ? checkPhoto(str(p.personPhoto)) : undefined
  const personPwd = p.personPwd === undefined ? undefined : str(p.personPwd)
  if (personPwd) {
    for (const other of s.persons.values())
      if (other.pin !== pin && other.personPwd === personPwd) throw new ApiError(-26)
  }
  for (const key of ['birthday', 'hireDate'] as const) {
    const v = str(p[key])
    if (v && !(isDateOnly(v) && parseDateTime(v) !== undefined)) throw new ApiError(-100)
  }
  const person = existing ?? blankPerson(s, pin)
  if (deptCode !== undefined) person.deptCode = deptCode || '1'
  if (cardNo !== undefined) setCard(s, person, cardNo)
  if (levelIds !== undefined) person.accLevelIds = levelIds
  if (accStartTime !== undefined) person.accStartTime = accStartTime
  if (accEndTime !== undefined) person.accEndTime = accEndTime
  if (photo !== undefined) person.photo = photo
  if (personPwd !== undefined) person.personPwd = personPwd
  const text = (key: string) => (p[key] === undefined ? undefined : str(p[key]))
  person.name = text('name') ?? person.name
  person.lastName = text('lastName') ?? person.lastName
  const gender = text('gender')
  if (gender !== undefined) person.gender = gender === 'M' || gender === 'F' ? gender : ''
  person.birthday = text('birthday') || person.birthday
  person.certType = text('certType') ?? person.certType
  person.certNumber = text('certNumber') ?? person.certNumber
  person.email = text('email') ?? person.email
  person.hireDate = text('hireDate') || person.hireDate
  person.mobilePhone = text('mobilePhone') ?? person.mobilePhone
  person.ssn = text('ssn') ?? person.ssn
  if (p.carPlate !== undefined) person.carPlate = str(p.carPlate) || null
  if (p.supplyCards !== undefined) person.supplyCards = list(p.supplyCards)
  if (p.isDisabled !== undefined) person.isDisabled = p.isDisabled === true || p.isDisabled === 'true'
  if (p.isSendMail !== undefined) person.isSendMail = p.isSendMail === true || p.isSendMail === 'true'
  if (opts.reinstate) {
    person.left = null
    s.leftPins.delete(pin)
  }
  if (!existing) s.persons.set(pin, person)
  return person
}

export function personBasic(s: SiteState, p: Person) {
  return {
    pin: p.pin,
    deptCode: p.deptCode,
    deptName: s.deptName(p.deptCode),
    name: p.name,
    lastName: p.lastName,
    gender: p.gender,
    cardNo: p.cardNo,
  }
}

function personV1Row(s: SiteState, p: Person) {
  const photo = photoOf(p)
  return {
    ...personBasic(s, p),
    personPhoto: photo,
    vislightPhoto: photo,
    vislightPhotoPath: photo ? `/upload/pers/user/cropface/${p.pin}/${p.pin}.jpg` : '',
  }
}

function personV2Row(s: SiteState, p: Person) {
  const photo = photoOf(p)
  return {
    id: p.id,
    pin: p.pin,
    deptCode: p.deptCode,
    deptName: s.deptName(p.deptCode),
    name: p.name,
    lastName: p.lastName,
    gender: p.gender,
    birthday: p.birthday,
    cardNo: p.cardNo,
    supplyCards: p.supplyCards.join(','),
    personPhoto: photo,
    selfPwd: p.selfPwd,
    isSendMail: p.isSendMail,
    mobilePhone: p.mobilePhone,
    personPwd: p.personPwd,
    carPlate: p.carPlate,
    email: p.email,
    ssn: p.ssn,
    accLevelIds: p.accLevelIds.join(','),
    accStartTime: p.accStartTime,
    accEndTime: p.accEndTime,
    certType: p.certType,
    certNumber: p.certNumber,
    photoPath: photo ? `/upload/pers/user/avatar/${p.pin}.jpg` : '',
    hireDate: p.hireDate,
    isDisabled: p.isDisabled,
    vislightPhoto: photo,
    vislightPhotoPath: photo ? `/upload/pers/user/cropface/${p.pin}/${p.pin}.jpg` : '',
  }
}

/** pins / deptCodes from the JSON body (manual) or the query (newer clients): both accepted. */
function selectPersons(ctx: Ctx, pg: Paging): { total: number; rows: Person[] } {
  const pins = list(ctx.p.pins)
  const depts = list(ctx.p.deptCodes)
  const s = ctx.state
  const offset = (pg.pageNo - 1) * pg.pageSize
  // the whole list without filters: only the page is generated (scale mode has 50,000 persons)
  if (!pins.length && !depts.length && !s.leftPins.size) {
    return { total: s.persons.size, rows: s.persons.page(offset, pg.pageSize) }
  }
  const all = filterPersons(s, pins, depts)
  return { total: all.length, rows: all.slice(offset, offset + pg.pageSize) }
}

function filterPersons(s: SiteState, pins: string[], depts: string[]): Person[] {
  if (pins.length && !depts.length)
    return pins.map((pin) => s.activePerson(pin)).filter((p): p is Person => !!p)
  const out: Person[] = []
  const pinSet = pins.length ? new Set(pins) : undefined
  const deptSet = depts.length ? new Set(depts) : undefined
  for (const p of s.persons.values()) {
    if (p.left || (pinSet && !pinSet.has(p.pin)) || (deptSet && !deptSet.has(p.deptCode))) continue
    out.push(p)
  }
  return out
}

function requirePerson(ctx: Ctx, pinValue: unknown): Person {
  const pin = str(pinValue)
  if (!pin) throw new ApiError(-20)
  const person = ctx.state.activePerson(pin)
  if (!person) throw new ApiError(-22)
  return person
}

export function registerPersonRoutes(env: RouteEnv): void {
  route(env, 'POST', '/api/person/add', (ctx) => {
    upsert(ctx.state, ctx.p)
    return ok()
  })
  route(env, 'DELETE', '/api/person/delete/:pin', (ctx) => {
    const person = requirePerson(ctx, ctx.p.pin)
    const s = ctx.state
    s.persons.delete(person.pin)
    s.leftPins.delete(person.pin)
    s.bioTemplates.delete(person.pin)
    for (const area of [...s.attAreas.values(), ...s.insAreas.values()]) area.pins.delete(person.pin)
    return ok()
  })
  route(env, 'GET', '/api/person/get/:pin', (ctx) =>
    ok(personBasic(ctx.state, requirePerson(ctx, ctx.p.pin))),
  )
  route(env, 'POST', '/api/person/getPersonList', (ctx) => {
    const pg = paging(ctx.p)
    return ok(selectPersons(ctx, pg).rows.map((p) => personV1Row(ctx.state, p)))
  })
  route(env, 'POST', '/api/v2/person/getPersonList', (ctx) => {
    const pg = paging(ctx.p)
    const { total, rows } = selectPersons(ctx, pg)
    return ok(
      v2Wrap(
        total,
        rows.map((p) => personV2Row(ctx.state, p)),
        pg,
      ),
    )
  })
  route(env, 'POST', '/api/person/getQrCode/:pin', (ctx) => {
    const person = requirePerson(ctx, ctx.p.pin)
    return ok(qrPayload(qrSecret(ctx.state), 'person', person.pin, ctx.state.now()))
  })
  route(env, 'POST', '/api/person/leave', (ctx) => {
    const person = requirePerson(ctx, ctx.p.pin)
    const leaveDate = str(ctx.p.leaveDate) || formatDate(ctx.state.now())
    if (parseDateTime(leaveDate) === undefined) throw new ApiError(-100)
    person.left = { leaveDate, leaveType: str(ctx.p.leaveType) }
    ctx.state.leftPins.add(person.pin)
    return ok()
  })
  route(env, 'POST', '/api/person/addPersonnelBasicInfo', (ctx) => {
    upsert(ctx.state, ctx.p)
    return ok()
  })
  route(env, 'POST', '/api/person/updatePersonnelPhoto', (ctx) => {
    const person = requirePerson(ctx, ctx.p.pin)
    // "If no value is transferred, no processing will be performed" (2.13.8)
    const text = str(ctx.p.personPhoto)
    if (text) person.photo = checkPhoto(text)
    return ok()
  })
  route(env, 'POST', '/api/person/reinstated', (ctx) => {
    const pin = str(ctx.p.pin)
    if (!pin) throw new ApiError(-20)
    if (!ctx.state.persons.has(pin)) throw new ApiError(-22)
    upsert(ctx.state, ctx.p, { reinstate: true })
    return ok()
  })
}
