import { randomUUID } from 'node:crypto'
import type { createKioskService } from '../../../../electron/main/kiosk/kiosk-service'

export type SignIn = Parameters<ReturnType<typeof createKioskService>['signIn']>[0]

/** A signed sign-in at the kiosk for `hostRef`; `change` adjusts it. */
export function signInRequest(hostRef: string, change: Partial<SignIn> = {}): SignIn {
  return {
    language: 'en',
    hostRef,
    visitorName: 'Val Visitor',
    company: '',
    phone: '',
    certType: 3,
    certNumber: 'P123456',
    photoBase64: null,
    signaturePngBase64: 'A'.repeat(200),
    agreementAccepted: true,
    clientRequestId: randomUUID(),
    ...change,
  }
}
