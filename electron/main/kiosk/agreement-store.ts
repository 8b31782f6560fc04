import type { Db } from '../db/database'

/**
 * Signed visitor agreements (PDF) kept with their visit. The row cascades with the visit, so the
 * retention job that deletes old visits deletes their agreements too.
 */
export interface AgreementStore {
  save(visitId: string, pdf: Buffer, signedAt: Date): void
  get(visitId: string): { pdf: Buffer; signedAt: string } | null
}

export function createAgreementStore(db: Db): AgreementStore {
  return {
    save(visitId, pdf, signedAt) {
      db.prepare('INSERT OR REPLACE INTO kiosk_agreements (visit_id, pdf, signed_at) VALUES (?, ?, ?)').run(
        visitId,
        pdf,
        signedAt.toISOString(),
      )
    },
    get(visitId) {
      const row = db
        .prepare('SELECT pdf, signed_at FROM kiosk_agreements WHERE visit_id = ?')
        .get(visitId) as { pdf: Buffer; signed_at: string } | undefined
      return row ? { pdf: row.pdf, signedAt: row.signed_at } : null
    },
  }
}
