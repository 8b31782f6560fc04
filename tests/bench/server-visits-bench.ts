/**
 * Server visit history benchmark: `npx tsx tests/bench/server-visits-bench.ts`
 *
 * The simulator's visit history is filled with N visits registered elsewhere (the control API; a
 * fifth of them still on site), then the reception sync pages through it (v2
 * visRegistration/getTransactionList, pages of 200, no certificate filter) as "Check with server",
 * the 5-minute timer and the roll call do, and keeps the open ones. Prints how long a fetch takes and
 * how long the on-site list then takes to merge them with the desk's own visits.
 */
import { reportFigure } from './support/figures'
import { auditMigrations, createAuditLog } from '../../electron/main/audit/audit-log'
import { openDatabase } from '../../electron/main/db/database'
import { receptionMigrations } from '../../electron/main/reception/index'
import { createServerVisitStore } from '../../electron/main/reception/server-visit-store'
import { createServerVisitSync } from '../../electron/main/reception/server-visit-sync'
import { zkbioReceptionServer } from '../../electron/main/reception/zkbio-reception-server'
import { ZkbioCore } from '../../electron/main/zkbio/core'
import { defaultSettings } from '../../electron/shared/settings'
import { startSimulator } from '../simulator/index'

process.env.GATEHOUSE_LOG = 'quiet'

async function main(): Promise<void> {
  const sim = await startSimulator({ port: 0, quiet: true })
  const core = new ZkbioCore({ baseUrl: sim.url, token: sim.token, timeoutMs: 60_000 })
  const db = openDatabase(':memory:', [...auditMigrations, ...receptionMigrations])
  const settings = defaultSettings()
  const server = zkbioReceptionServer(core)
  const sync = createServerVisitSync(
    {
      server: () => server,
      settings: { get: () => settings },
      audit: createAuditLog(db),
      emit: () => {},
    },
    createServerVisitStore(db),
  )
  try {
    for (const n of [1_000, 5_000]) {
      const have = (await sim.control.snapshot()).registrations.length
      for (let i = have; i < n; i++) {
        const certNumber = `BENCH${String(i).padStart(6, '0')}`
        await sim.control.registerVisit({ certNumber, name: `Bench Visitor ${i}`, company: 'Bench Ltd' })
        if (i % 5 !== 0) await sim.control.endVisit(certNumber)
      }
      const total = (await sim.control.snapshot()).registrations.length
      const times: number[] = []
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now()
        const status = await sync.refresh()
        times.push(performance.now() - t0)
        if (status.state !== 'ok') throw new Error(`fetch failed: ${status.state}`)
      }
      const best = Math.min(...times)
      const open = sync.elsewhere().length
      const m0 = performance.now()
      for (let i = 0; i < 20; i++) sync.elsewhere()
      const mergeMs = (performance.now() - m0) / 20
      console.log(
        `server visit history: ${total} visits (${open} open) fetched in ${best.toFixed(0)} ms (best of 3: ${times
          .map((t) => t.toFixed(0))
          .join(', ')}), ${sync.lastFetch()?.pages} pages; merge with own visits ${mergeMs.toFixed(2)} ms`,
      )
      reportFigure(
        { name: `server visit history fetch, ${total} visits`, value: best, unit: 'ms' },
        { quiet: true },
      )
      reportFigure(
        { name: `visits registered elsewhere merge, ${open} open`, value: mergeMs, unit: 'ms' },
        { quiet: true },
      )
    }
  } finally {
    db.close()
    await sim.close()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
