/**
 * Floor plans and their placements in the station's database (tables from migration guard-004).
 * The image bytes are files (plan-files.ts); this keeps what is where.
 */
import type { FloorPlanView, PlanMarker, PlanTargetType } from '../../../shared/contract/guard-plans'
import type { Db } from '../../db/database'

interface PlanRow {
  id: number
  name: string
  area_name: string | null
  file_name: string
  mime: string
  width: number
  height: number
  source_type: string
  created_at: string
}

interface MarkerRow {
  plan_id: number
  target_type: string
  target_id: string
  target_name: string
  x: number
  y: number
}

export interface StoredPlan {
  view: Omit<FloorPlanView, 'markers'>
  fileName: string
  mime: string
}

const toMarker = (r: MarkerRow): PlanMarker => ({
  targetType: r.target_type as PlanTargetType,
  targetId: r.target_id,
  targetName: r.target_name,
  x: r.x,
  y: r.y,
})

export class PlanStore {
  private readonly q
  constructor(private readonly db: Db) {
    this.q = {
      plans: db.prepare('SELECT * FROM guard_floor_plans ORDER BY name, id'),
      plan: db.prepare('SELECT * FROM guard_floor_plans WHERE id = ?'),
      markers: db.prepare('SELECT * FROM guard_plan_markers ORDER BY plan_id, target_name'),
      markersOf: db.prepare('SELECT * FROM guard_plan_markers WHERE plan_id = ? ORDER BY target_name'),
      insert: db.prepare(
        `INSERT INTO guard_floor_plans (name, area_name, file_name, mime, width, height, source_type, created_at, created_by)
         VALUES (@name, @area, @file, @mime, @width, @height, @source, @at, @by)`,
      ),
      setFile: db.prepare('UPDATE guard_floor_plans SET file_name = ? WHERE id = ?'),
      remove: db.prepare('DELETE FROM guard_floor_plans WHERE id = ?'),
      removeMarkers: db.prepare('DELETE FROM guard_plan_markers WHERE plan_id = ?'),
      place: db.prepare(
        `INSERT INTO guard_plan_markers (plan_id, target_type, target_id, target_name, x, y, placed_at)
         VALUES (@plan, @type, @id, @name, @x, @y, @at)
         ON CONFLICT(plan_id, target_type, target_id) DO UPDATE SET target_name = @name, x = @x, y = @y, placed_at = @at`,
      ),
      unplace: db.prepare(
        'DELETE FROM guard_plan_markers WHERE plan_id = ? AND target_type = ? AND target_id = ?',
      ),
    }
  }

  list(): FloorPlanView[] {
    const byPlan = new Map<number, PlanMarker[]>()
    for (const m of this.q.markers.all() as MarkerRow[]) {
      const list = byPlan.get(m.plan_id) ?? []
      list.push(toMarker(m))
      byPlan.set(m.plan_id, list)
    }
    return (this.q.plans.all() as PlanRow[]).map((r) => ({
      ...this.toView(r),
      markers: byPlan.get(r.id) ?? [],
    }))
  }

  get(id: number): StoredPlan | null {
    const r = this.q.plan.get(id) as PlanRow | undefined
    return r ? { view: this.toView(r), fileName: r.file_name, mime: r.mime } : null
  }

  view(id: number): FloorPlanView | null {
    const stored = this.get(id)
    if (!stored) return null
    return { ...stored.view, markers: (this.q.markersOf.all(id) as MarkerRow[]).map(toMarker) }
  }

  /** Inserts the plan; `fileFor(id)` names its image file once the id is known. */
  insert(
    plan: {
      name: string
      areaName: string | null
      mime: string
      width: number
      height: number
      sourceType: string
    },
    by: string,
    atIso: string,
    fileFor: (id: number) => string,
  ): number {
    return this.db.transaction(() => {
      const info = this.q.insert.run({
        name: plan.name,
        area: plan.areaName,
        file: '',
        mime: plan.mime,
        width: plan.width,
        height: plan.height,
        source: plan.sourceType,
        at: atIso,
        by,
      })
      const id = Number(info.lastInsertRowid)
      this.q.setFile.run(fileFor(id), id)
      return id
    })()
  }

  remove(id: number): boolean {
    return this.db.transaction(() => {
      this.q.removeMarkers.run(id)
      return this.q.remove.run(id).changes > 0
    })()
  }

  place(planId: number, m: PlanMarker, atIso: string): void {
    this.q.place.run({
      plan: planId,
      type: m.targetType,
      id: m.targetId,
      name: m.targetName,
      x: m.x,
      y: m.y,
      at: atIso,
    })
  }

  unplace(planId: number, type: PlanTargetType, targetId: string): void {
    this.q.unplace.run(planId, type, targetId)
  }

  private toView(r: PlanRow): Omit<FloorPlanView, 'markers'> {
    return {
      id: r.id,
      name: r.name,
      areaName: r.area_name,
      width: r.width,
      height: r.height,
      sourceType: r.source_type as FloorPlanView['sourceType'],
      createdAt: r.created_at,
    }
  }
}
