/**
 * Reception: host directory, walk-in registration, reservations, who is on site, pending submissions.
 * Request schemas are strict about sizes: the renderer is not trusted to send sane payloads.
 */
import { z } from 'zod'
import { PHOTO_BUDGET_CHARS } from '../photo/jpeg-budget'
import { SERVER_DATE_TIME_PATTERN } from '../reception/registration-rules'
import { typographicText } from '../reception/typographic-text'
import { channel, event } from './define'

/** The server's wall-clock format (FIELD-NOTES: `yyyy-MM-dd HH:mm:ss`, server local time, no zone). */
export { SERVER_DATE_TIME_PATTERN }
export const serverDateTime = z.string().regex(SERVER_DATE_TIME_PATTERN, 'Use the form yyyy-MM-dd HH:mm:ss')

/** Visitor certificate types (FIELD-NOTES: 2-8; person endpoints use another list). */
export const VISITOR_CERT_TYPES = [
  { value: 2, label: 'National ID card' },
  { value: 3, label: 'Passport' },
  { value: 4, label: "Driver's licence" },
  { value: 5, label: 'Work permit' },
  { value: 6, label: 'Real-name card' },
  { value: 7, label: 'Driving licence' },
  { value: 8, label: 'Other' },
] as const
export const certType = z.number().int().min(2).max(8)

export const certTypeLabel = (value: number): string =>
  VISITOR_CERT_TYPES.find((t) => t.value === value)?.label ?? `Type ${value}`

const id = z.string().min(1).max(64)
const shortText = (max: number) => z.string().trim().max(max)
/** Free text as people write it, in the typographic forms the server accepts (O'Brien -> O’Brien). */
const personText = (max: number) => shortText(max).transform((text) => typographicText(text).text)

// ---------------------------------------------------------------- host directory
export const host = z.object({
  pin: z.string(),
  name: z.string(),
  departmentCode: z.string(),
  departmentName: z.string(),
  phone: z.string(),
})
export type Host = z.infer<typeof host>

export const hostDirectoryStatus = z.object({
  count: z.number().int(),
  lastSyncAt: z.iso.datetime().nullable(),
  syncing: z.boolean(),
  lastError: z.string().nullable(),
})
export type HostDirectoryStatus = z.infer<typeof hostDirectoryStatus>

// ---------------------------------------------------------------- visits
export const visitStatus = z.enum(['pending', 'onSite', 'checkedOut', 'failed'])
export type VisitStatus = z.infer<typeof visitStatus>

/** One visit as the desk knows it. Shared with the badge code (see /work/notes/reception-interface.md). */
export const visitRecord = z.object({
  id: z.string(),
  status: visitStatus,
  visitorPin: z.string().nullable(),
  visitorName: z.string(),
  company: z.string(),
  phone: z.string(),
  certType: z.number().int(),
  certNumber: z.string(),
  hostPin: z.string(),
  hostName: z.string(),
  hostDepartment: z.string(),
  reason: z.string(),
  visitorCount: z.number().int(),
  startTime: z.string(),
  validUntil: z.string(),
  checkedInAt: z.string(),
  checkedOutAt: z.string().nullable(),
  checkoutMode: z.enum(['manual', 'automatic']).nullable(),
  hasPhoto: z.boolean(),
  lastError: z.string().nullable(),
  /** Site mode: the desk (station) that registered the visit; '' = this desk before site mode. */
  station: z.string().default(''),
  /**
   * A visit the server lists as open that no Gatehouse desk registered (ZKBio's web UI, a kiosk,
   * another system): shown with the server as its desk; its id starts with 'srv-'.
   */
  registeredElsewhere: z.boolean().optional(),
})
export type VisitRecord = z.infer<typeof visitRecord>

/** How fresh the server's visit history behind the on-site list and the roll call is. */
export const serverHistoryStatus = z.object({
  /**
   * never: not asked yet; ok: complete as of `asOf`; unsupported: the server cannot list visits;
   * failed: the last try failed (what is shown is as of `asOf`); notConfigured: no server.
   */
  state: z.enum(['never', 'ok', 'unsupported', 'failed', 'notConfigured']),
  asOf: z.string().nullable(),
  /** Open visits on the server that no Gatehouse desk registered. */
  elsewhere: z.number().int(),
})
export type ServerHistoryStatus = z.infer<typeof serverHistoryStatus>

export const registrationInput = z.object({
  hostPin: shortText(30).min(1, 'Choose the person being visited'),
  hostName: shortText(120),
  hostDepartment: shortText(120).default(''),
  visitorName: personText(60).pipe(z.string().min(1, 'Enter the visitor’s name')),
  certType,
  certNumber: shortText(30).min(1, 'Enter the ID document number'),
  phone: shortText(20).default(''),
  company: personText(80).default(''),
  reason: personText(100).pipe(z.string().min(1, 'Enter the reason for the visit')),
  visitorCount: z.number().int().min(1).max(99),
  startTime: serverDateTime,
  endTime: serverDateTime,
  cardNo: shortText(30).default(''),
  levelIds: z.array(id).max(20).default([]),
  /** Base64 JPEG without a `data:` prefix; the 200 KB budget counts this text, which is what is sent. */
  photoBase64: z
    .string()
    .max(PHOTO_BUDGET_CHARS)
    .regex(/^[A-Za-z0-9+/=]*$/)
    .nullable()
    .default(null),
  /** Set when a reservation turns into this registration ("Arrived"). */
  reservationId: id.optional(),
  /** Made by the form once per submission so a double Enter cannot register twice. */
  clientRequestId: z.uuid(),
})
export type RegistrationInput = z.input<typeof registrationInput>

export const registrationResult = z.object({
  visit: visitRecord,
  /** 'pending': the server was unreachable; the visit is stored and will be sent when it is back. */
  outcome: z.enum(['registered', 'pending']),
  /** Why no visitor pin is known (server offers no way to look it up), or null. */
  pinNotice: z.string().nullable(),
})
export type RegistrationResult = z.infer<typeof registrationResult>

export const visitFilter = z.enum(['onSite', 'pending', 'today', 'all'])
export type VisitFilter = z.infer<typeof visitFilter>

export const checkOutResult = z.object({
  results: z.array(z.object({ visitId: z.string(), ok: z.boolean(), message: z.string().nullable() })),
})
export type CheckOutResult = z.infer<typeof checkOutResult>

export const returningVisitor = z.object({
  visitorName: z.string(),
  company: z.string(),
  phone: z.string(),
  hostPin: z.string().nullable(),
  hostName: z.string().nullable(),
  hostDepartment: z.string().nullable(),
  reason: z.string().nullable(),
  lastVisitAt: z.string().nullable(),
  source: z.enum(['local', 'server']),
})
export type ReturningVisitor = z.infer<typeof returningVisitor>

/** A visitor seen before, found while typing (name, phone, company or ID number). */
export const visitorMatch = z.object({
  visitorName: z.string(),
  company: z.string(),
  phone: z.string(),
  certType: z.number().int(),
  /** Full number, to fill the form; lists show it masked (maskIdNumber). */
  certNumber: z.string(),
  hostPin: z.string().nullable(),
  hostName: z.string().nullable(),
  hostDepartment: z.string().nullable(),
  reason: z.string().nullable(),
  lastVisitAt: z.string().nullable(),
  source: z.enum(['local', 'server']),
})
export type VisitorMatch = z.infer<typeof visitorMatch>

/**
 * The block-list check made as soon as the ID number is typed. 'blocked': the server refused this
 * certificate as on its block list (-254); 'onSite': already registered and not checked out (-255);
 * 'notBlocked': the server got past its block-list check; 'unknown': the server could not tell.
 */
export const screeningResult = z.object({
  status: z.enum(['blocked', 'onSite', 'notBlocked', 'unknown']),
  message: z.string().nullable(),
})
export type ScreeningResult = z.infer<typeof screeningResult>

export const formOptions = z.object({
  certTypes: z.array(z.object({ value: z.number().int(), label: z.string() })),
  levels: z.array(z.object({ id: z.string(), name: z.string() })),
  defaultLevelIds: z.array(z.string()),
  /** Plain message when the levels could not be loaded (registration still works without them). */
  levelsError: z.string().nullable(),
  defaultStartTime: z.string(),
  defaultEndTime: z.string(),
  /** The server's "now", so the form can validate times in the server's zone. */
  serverNow: z.string(),
})
export type FormOptions = z.infer<typeof formOptions>

// ---------------------------------------------------------------- reservations
export const reservationStatus = z.enum(['booked', 'arrived', 'cancelled'])
export const reservation = z.object({
  id: z.string(),
  status: reservationStatus,
  hostPin: z.string(),
  hostName: z.string(),
  hostDepartment: z.string(),
  visitorName: z.string(),
  certType: z.number().int(),
  certNumber: z.string(),
  phone: z.string(),
  company: z.string(),
  reason: z.string(),
  visitDate: z.string(),
  visitEndDate: z.string(),
  createdAt: z.string(),
  visitId: z.string().nullable(),
})
export type Reservation = z.infer<typeof reservation>

export const reservationInput = z.object({
  hostPin: shortText(30).min(1, 'Choose the person being visited'),
  hostName: shortText(120),
  hostDepartment: shortText(120).default(''),
  visitorName: personText(60).pipe(z.string().min(1, 'Enter the visitor’s name')),
  certType,
  certNumber: shortText(30).min(1, 'Enter the ID document number'),
  phone: shortText(20).default(''),
  company: personText(80).default(''),
  reason: personText(100).pipe(z.string().min(1, 'Enter the reason for the visit')),
  visitDate: serverDateTime,
  visitEndDate: serverDateTime,
})
export type ReservationInput = z.input<typeof reservationInput>

// ---------------------------------------------------------------- draft (nothing typed is lost)
export const registrationDraft = z.object({
  values: z
    .record(
      z.string().max(40),
      z.union([z.string().max(300), z.number(), z.boolean(), z.null(), z.array(z.string().max(64)).max(20)]),
    )
    .refine((values) => Object.keys(values).length <= 30, 'A draft has at most 30 fields'),
  savedAt: z.iso.datetime(),
})
export type RegistrationDraft = z.infer<typeof registrationDraft>

export const rollCallEntry = z.object({
  visitId: z.string(),
  visitorName: z.string(),
  company: z.string(),
  hostName: z.string(),
  checkedInAt: z.string(),
  status: visitStatus,
  visitorCount: z.number().int(),
  photoBase64: z.string().nullable(),
  /** Site mode: the desk that registered the visitor ('' = this desk before site mode). */
  station: z.string().default(''),
  /** Registered on the server by someone else (see visitRecord). */
  registeredElsewhere: z.boolean().optional(),
})
export type RollCallEntry = z.infer<typeof rollCallEntry>

export const receptionChannels = {
  'reception.hostSearch': channel(
    z.object({ query: z.string().max(100), limit: z.number().int().min(1).max(50).default(20) }),
    z.object({ hosts: z.array(host), tookMs: z.number() }),
    'Hosts whose name, pin or department match what was typed (local cache, capped).',
  ),
  'reception.hostDirectoryStatus': channel(
    z.undefined(),
    hostDirectoryStatus,
    'Size and freshness of the host cache.',
  ),
  'reception.hostDirectoryRefresh': channel(
    z.undefined(),
    hostDirectoryStatus,
    'Refresh the host cache from the server now.',
  ),
  'reception.formOptions': channel(
    z.undefined(),
    formOptions,
    'Certificate types, visitor levels and time defaults for the form.',
  ),
  'reception.findReturningVisitor': channel(
    z.object({ certType, certNumber: shortText(30).min(1) }),
    z.object({ visitor: returningVisitor.nullable() }),
    'A visitor seen before with this certificate, to prefill the form.',
  ),
  'reception.searchVisitors': channel(
    z.object({ query: z.string().trim().min(2).max(60), limit: z.number().int().min(1).max(20).default(6) }),
    z.object({ visitors: z.array(visitorMatch) }),
    'Visitors seen before whose name, phone, company or ID number match (this desk and the server).',
  ),
  'reception.screenVisitor': channel(
    z.object({ certType, certNumber: shortText(30).min(2), hostPin: shortText(30).optional() }),
    screeningResult,
    'Is this ID document on the server’s block list? Asked as soon as the number is typed.',
  ),
  'reception.hostPhoto': channel(
    z.object({ pin: z.string().min(1).max(32) }),
    z.object({ photoDataUrl: z.string().nullable() }),
    'The host’s photo from the server (cached), for the host search.',
  ),
  'reception.registerVisitor': channel(registrationInput, registrationResult, 'Register a walk-in visitor.'),
  'reception.listVisits': channel(
    z.object({ filter: visitFilter.default('onSite'), query: z.string().max(100).default('') }),
    z.object({ visits: z.array(visitRecord), serverHistory: serverHistoryStatus }),
    'Visits known to this desk (every desk in site mode) and, for who is on site, the server’s open visits registered elsewhere; newest first.',
  ),
  'reception.getVisit': channel(
    z.object({ visitId: id }),
    z.object({ visit: visitRecord.nullable() }),
    'One visit.',
  ),
  'reception.checkOut': channel(
    z.object({ visitIds: z.array(id).min(1).max(200) }),
    checkOutResult,
    'Check out one or many visitors (visRegistration/exit).',
  ),
  'reception.reconcile': channel(
    z.undefined(),
    z.object({
      supported: z.boolean(),
      checkedOutByServer: z.number().int(),
      message: z.string().nullable(),
      serverHistory: serverHistoryStatus,
    }),
    'Compare the on-site list with the server’s visit history, where the server has it.',
  ),
  'reception.retryPending': channel(
    z.undefined(),
    z.object({ replayed: z.number().int(), remaining: z.number().int() }),
    'Send pending registrations now.',
  ),
  'reception.waitingRegistrations': channel(
    z.undefined(),
    z.object({
      groups: z.array(
        z.object({
          /** null: stored before registrations recorded their server. */
          profileId: z.string().nullable(),
          profileName: z.string(),
          count: z.number().int(),
          /** They go to the active server (replayed when it answers). */
          forActiveServer: z.boolean(),
          /** "2 registrations wait for Site A", ready to show. */
          message: z.string(),
        }),
      ),
    }),
    'Pending registrations per server they were typed for (each is sent only to its own server).',
  ),
  'reception.discardPending': channel(
    z.object({ visitId: id }),
    z.object({ discarded: z.boolean() }),
    'Drop a pending or failed registration.',
  ),
  'reception.rollCall': channel(
    z.undefined(),
    z.object({
      generatedAt: z.string(),
      siteName: z.string(),
      entries: z.array(rollCallEntry),
      serverHistory: serverHistoryStatus,
      /** For people: how fresh the server's part is ("Server visit history as of ..."), or null. */
      serverNote: z.string().nullable(),
    }),
    'Everyone on site (and pending), with photos, for an evacuation; the server asked afresh (briefly).',
  ),
  'reception.printRollCall': channel(
    z.object({ mode: z.enum(['print', 'pdf']) }),
    z.object({ done: z.boolean(), savedTo: z.string().nullable(), count: z.number().int() }),
    'Print the evacuation roll call (or save it as PDF) in one click.',
  ),
  'reception.listReservations': channel(
    z.object({ includeClosed: z.boolean().default(false) }),
    z.object({ reservations: z.array(reservation) }),
    'Reservations made at this desk (the API has no list).',
  ),
  'reception.addReservation': channel(
    reservationInput,
    z.object({ reservation }),
    'Book a visit (visReservation/add).',
  ),
  'reception.cancelReservation': channel(
    z.object({ reservationId: id }),
    z.object({ reservation }),
    'Cancel a reservation (visReservation/del).',
  ),
  'reception.loadDraft': channel(
    z.undefined(),
    z.object({ draft: registrationDraft.nullable() }),
    'The unsent form, if any.',
  ),
  'reception.saveDraft': channel(registrationDraft, z.object({ saved: z.boolean() }), 'Keep what was typed.'),
  'reception.clearDraft': channel(
    z.undefined(),
    z.object({ cleared: z.boolean() }),
    'Forget the unsent form.',
  ),
} as const

export const receptionEvents = {
  'reception.visitsChanged': event(
    z.object({
      reason: z.enum([
        'registered',
        'replayed',
        'checkedOut',
        'autoCheckout',
        'reconciled',
        'retention',
        'failed',
        'shared',
      ]),
    }),
    'The visit list changed in main (replay, automatic check-out...): reload it.',
  ),
  'reception.directoryChanged': event(
    hostDirectoryStatus,
    'The host cache was refreshed or failed to refresh.',
  ),
} as const

// ---------------------------------------------------------------- field rules (form and main agree)
// The rules live in a zod-free module so the registration form can use them without pulling the schema
// library into the renderer's first bundle; re-exported here for main and the tests.
export {
  FORBIDDEN_CHARACTERS,
  SERVER_CODE_FIELD,
  checkRegistration,
  type RegistrationField,
  type RegistrationRuleWord,
  type RegistrationRuleWords,
  type RegistrationValues,
} from '../reception/registration-rules'
