/**
 * Kiosk wording, per language. English only for now (translations come with a later issue): add a
 * language by adding a table with the same keys; missing keys fall back to English.
 */
const en = {
  welcome: 'Welcome to {site}',
  welcomeNoSite: 'Welcome',
  chooseLanguage: 'Language',
  start: 'Sign in',
  whoVisiting: 'Who are you visiting?',
  hostSearch: 'Name of the person you are visiting',
  hostHint: 'Type at least two letters of their name.',
  noHosts: 'Nobody found with that name. Please ask at the reception desk.',
  yourDetails: 'Your details',
  name: 'Your name',
  company: 'Company',
  phone: 'Phone',
  idType: 'ID document type',
  idNumber: 'ID document number',
  photo: 'Your photo',
  photoHint: 'Look at the camera and press Capture.',
  agreement: 'Visitor agreement',
  agree: 'I have read and accept the visitor agreement',
  signHere: 'Sign here',
  clearSignature: 'Clear signature',
  signIn: 'Sign in now',
  back: 'Back',
  next: 'Next',
  cancel: 'Cancel',
  done: 'Done',
  yourQr: 'Your entry QR code',
  needName: 'Please enter your name.',
  needId: 'Please enter your ID document number.',
  needSignature: 'Please sign in the box and tick the box above.',
  needHost: 'Please choose the person you are visiting.',
  working: 'Signing you in…',
  visiting: 'Visiting {host}',
} as const

export type MessageKey = keyof typeof en
export const MESSAGES: Record<string, Partial<Record<MessageKey, string>>> = { en }

export function translate(language: string, key: MessageKey, values: Record<string, string> = {}): string {
  const text = MESSAGES[language]?.[key] ?? en[key]
  return text.replace(/\{(\w+)\}/g, (whole, k: string) => values[k] ?? whole)
}
