/**
 * Floor plans: a supervisor adds a plan per area (the renderer turns PNG, JPEG, SVG and one-page PDF
 * into a PNG or JPEG image first: SVG is only ever rendered as an image, never inserted as markup),
 * places doors, gates and readers on it; the guard sees them with live state. Plans and placements
 * are the station's data (database + files in userData), shared by every view of the station.
 */
import { z } from 'zod'
import { channel } from './define'

const isoTime = z.iso.datetime()
const planId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)
/** A position on the plan as a fraction of its width/height (0..1): independent of zoom and size. */
const fraction = z.number().min(0).max(1)

export const planTargetType = z.enum(['door', 'gate', 'reader'])
export type PlanTargetType = z.infer<typeof planTargetType>

export const planMarker = z.object({
  targetType: planTargetType,
  /** The server's id of the door/gate/reader. */
  targetId: z.string().min(1).max(128),
  targetName: z.string().max(200),
  x: fraction,
  y: fraction,
})
export type PlanMarker = z.infer<typeof planMarker>

export const planSourceType = z.enum(['png', 'jpeg', 'svg', 'pdf'])

export const floorPlanView = z.object({
  id: planId,
  name: z.string().max(120),
  areaName: z.string().max(200).nullable(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** What the supervisor uploaded (the stored image is PNG or JPEG whatever it was). */
  sourceType: planSourceType,
  createdAt: isoTime,
  markers: z.array(planMarker).max(5000),
})
export type FloorPlanView = z.infer<typeof floorPlanView>

/** 12 MB of base64 (~9 MB image): a 4096 px plan as PNG fits with room to spare. */
const MAX_IMAGE_BASE64 = 12_000_000

export const addPlanRequest = z
  .object({
    name: z.string().trim().min(1, 'Give the plan a name.').max(120),
    areaName: z.string().trim().max(200).optional(),
    sourceType: planSourceType,
    image: z
      .object({
        mime: z.enum(['image/png', 'image/jpeg']),
        base64: z.string().min(1).max(MAX_IMAGE_BASE64),
      })
      .strict(),
  })
  .strict()

export const planReader = z.object({
  id: z.string().max(128),
  name: z.string().max(200),
  /** The door the reader belongs to: its marker shows that door's live state. */
  doorId: z.string().max(128).nullable(),
})
export type PlanReader = z.infer<typeof planReader>

export const guardPlanChannels = {
  'guardPlans.readers': channel(
    z.undefined(),
    z.array(planReader).max(20000),
    'The access readers of the server, to place on a plan.',
  ),
  'guardPlans.list': channel(
    z.undefined(),
    z.array(floorPlanView).max(200),
    'Every floor plan with its placements.',
  ),
  'guardPlans.image': channel(
    z.object({ id: planId }).strict(),
    z.object({ dataUrl: z.string().max(MAX_IMAGE_BASE64 + 64) }),
    "A plan's image as a data: URL (PNG or JPEG).",
  ),
  'guardPlans.add': channel(
    addPlanRequest,
    floorPlanView,
    'Store a new floor plan (image checked by main: a real PNG/JPEG, at most 8192 px a side); audited.',
  ),
  'guardPlans.remove': channel(
    z.object({ id: planId }).strict(),
    z.object({ removed: z.boolean() }),
    'Delete a plan and its placements; audited.',
  ),
  'guardPlans.place': channel(
    z.object({ planId, marker: planMarker.strict() }).strict(),
    floorPlanView,
    'Put (or move) a door, gate or reader on a plan.',
  ),
  'guardPlans.unplace': channel(
    z.object({ planId, targetType: planTargetType, targetId: z.string().min(1).max(128) }).strict(),
    floorPlanView,
    'Take a door, gate or reader off a plan.',
  ),
} as const
