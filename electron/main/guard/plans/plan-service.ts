/**
 * Floor plans of the guard station: stores the images as files in userData/floor-plans (named by the
 * plan's id, never by anything the user typed) and the plans and placements in the database.
 * Adding and removing a plan is audited; moving a marker is not (it changes no security state).
 */
import { mkdirSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { FloorPlanView, PlanMarker, PlanTargetType } from '../../../shared/contract/guard-plans'
import { AppError } from '../../app/app-error'
import { storageErrorOf } from '../../app/storage-error'
import type { AuditLog } from '../../audit/audit-log'
import type { Db } from '../../db/database'
import { inspectPlanImage, MAX_PLAN_SIDE } from './plan-image'
import { PlanStore } from './plan-store'
import { translate } from '../../i18n'

export interface PlanServiceDeps {
  db: Db
  userDataDir: string
  audit: Pick<AuditLog, 'write'>
  operator: () => string
  now?: () => number
}

export type PlanService = ReturnType<typeof createPlanService>

export function createPlanService(deps: PlanServiceDeps) {
  const store = new PlanStore(deps.db)
  const dir = join(deps.userDataDir, 'floor-plans')
  const now = deps.now ?? Date.now
  const iso = () => new Date(now()).toISOString()
  const mustView = (id: number): FloorPlanView => {
    const view = store.view(id)
    if (!view) throw new AppError('NOT_FOUND', translate('server.errors.planNotFound', { id }))
    return view
  }

  return {
    list: (): FloorPlanView[] => store.list(),

    async image(id: number): Promise<{ dataUrl: string }> {
      const plan = store.get(id)
      if (!plan) throw new AppError('NOT_FOUND', translate('server.errors.planNotFound', { id }))
      try {
        const bytes = await readFile(join(dir, plan.fileName))
        return { dataUrl: `data:${plan.mime};base64,${bytes.toString('base64')}` }
      } catch {
        throw new AppError('NOT_FOUND', translate('server.errors.planImageMissing', { name: plan.view.name }))
      }
    },

    async add(request: {
      name: string
      areaName?: string | undefined
      sourceType: FloorPlanView['sourceType']
      image: { mime: string; base64: string }
    }): Promise<FloorPlanView> {
      const bytes = Buffer.from(request.image.base64, 'base64')
      const info = inspectPlanImage(bytes)
      if (!info) throw new AppError('BAD_REQUEST', translate('server.errors.planNotImage'))
      if (info.width < 1 || info.height < 1 || info.width > MAX_PLAN_SIDE || info.height > MAX_PLAN_SIDE)
        throw new AppError('BAD_REQUEST', translate('server.errors.planTooLarge', { max: MAX_PLAN_SIDE }))
      mkdirSync(dir, { recursive: true })
      const by = deps.operator()
      const ext = info.mime === 'image/png' ? 'png' : 'jpg'
      const id = store.insert(
        {
          name: request.name,
          areaName: request.areaName || null,
          mime: info.mime,
          width: info.width,
          height: info.height,
          sourceType: request.sourceType,
        },
        by,
        iso(),
        (planId) => `plan-${planId}.${ext}`,
      )
      try {
        await writeFile(join(dir, `plan-${id}.${ext}`), bytes)
      } catch (error) {
        store.remove(id)
        // A full disk or a folder it may not write is said in plain words, not in Node's.
        throw (
          storageErrorOf(error) ??
          new AppError(
            'INTERNAL',
            translate('server.errors.planNotSaved', { reason: (error as Error).message }),
          )
        )
      }
      deps.audit.write({
        operator: by,
        action: 'guard.plan.add',
        target: `floor plan #${id} "${request.name}"`,
        result: 'ok',
        detail: `${request.sourceType.toUpperCase()}, ${info.width}x${info.height}`,
      })
      return mustView(id)
    },

    async remove(id: number): Promise<{ removed: boolean }> {
      const plan = store.get(id)
      if (!plan) return { removed: false }
      store.remove(id)
      await rm(join(dir, plan.fileName), { force: true })
      deps.audit.write({
        operator: deps.operator(),
        action: 'guard.plan.remove',
        target: `floor plan #${id} "${plan.view.name}"`,
        result: 'ok',
        detail: null,
      })
      return { removed: true }
    },

    place(planId: number, marker: PlanMarker): FloorPlanView {
      mustView(planId)
      store.place(planId, marker, iso())
      return mustView(planId)
    },

    unplace(planId: number, type: PlanTargetType, targetId: string): FloorPlanView {
      mustView(planId)
      store.unplace(planId, type, targetId)
      return mustView(planId)
    },
  }
}
