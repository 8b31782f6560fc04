/**
 * A live board (doors or gates): keeps the current views, turns each poll into a delta with a
 * revision number, and refreshes the alarm marker of each entry when alarms change between polls.
 * With 1,000 doors a poll that changes one door sends one door.
 */
import { applyBoard } from '../../../shared/guard/board-diff'

export interface BoardDeltaPayload<V> {
  revision: number
  baseRevision: number
  changed: V[]
  removed: string[]
}

const MAX_PER_MESSAGE = 5000

export class Board<V extends { id: string; alarmId: number | null }> {
  private readonly views = new Map<string, V>()
  private revision = 0
  /** target key ('door|<folded name>') of each entry, to look up its open alarm. */
  private readonly targets = new Map<string, string>()

  constructor(private readonly send: (delta: BoardDeltaPayload<V>) => void) {}

  /** Replaces the board with this poll's views; sends what changed. */
  update(views: readonly V[], targetOf: (view: V) => string): void {
    for (const v of views) this.targets.set(v.id, targetOf(v))
    const delta = applyBoard(this.views, views)
    for (const id of delta.removed) this.targets.delete(id)
    this.publish(delta.changed, delta.removed)
  }

  /** Alarms changed: re-point each entry at its most urgent open alarm. */
  refreshAlarms(openByTarget: ReadonlyMap<string, number>): void {
    const changed: V[] = []
    for (const [id, view] of this.views) {
      const alarmId = openByTarget.get(this.targets.get(id) ?? '') ?? null
      if (view.alarmId !== alarmId) {
        const next = { ...view, alarmId }
        this.views.set(id, next)
        changed.push(next)
      }
    }
    this.publish(changed, [])
  }

  snapshot(): { views: V[]; revision: number } {
    return { views: [...this.views.values()], revision: this.revision }
  }

  private publish(changed: V[], removed: string[]): void {
    for (let i = 0; i < Math.max(changed.length, removed.length); i += MAX_PER_MESSAGE) {
      const base = this.revision
      this.revision++
      this.send({
        revision: this.revision,
        baseRevision: base,
        changed: changed.slice(i, i + MAX_PER_MESSAGE),
        removed: removed.slice(i, i + MAX_PER_MESSAGE),
      })
    }
  }
}
