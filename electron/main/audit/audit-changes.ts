/**
 * Tells the renderer that audit entries were stored, here or replicated in from other stations
 * ('audit.changed'), so an open audit page reloads. Bursts (a bulk check-out, a replication batch of
 * hundreds) become one event per `quietMs`: the page reloads once, not once per entry.
 */
import type { EmitEvent } from '../ipc/event-sink'

export interface AuditChanges {
  /** Entries were stored: `local` here, `site` by replication. */
  written(source: 'local' | 'site'): void
  stop(): void
}

export function createAuditChanges(emit: EmitEvent, quietMs = 300): AuditChanges {
  let timer: ReturnType<typeof setTimeout> | null = null
  let pending: 'local' | 'site' | null = null
  return {
    written(source) {
      // One event for a mixed burst: 'site' wins (it says more about where entries came from).
      pending = pending === 'site' ? 'site' : source
      if (timer) return
      timer = setTimeout(() => {
        timer = null
        const sent = pending ?? 'local'
        pending = null
        emit('audit.changed', { source: sent })
      }, quietMs)
      timer.unref?.()
    },
    stop() {
      if (timer) clearTimeout(timer)
      timer = null
      pending = null
    },
  }
}
