import type { z } from 'zod'

/** One request/response channel: the renderer invokes it, main answers it. */
export interface ChannelSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  request: Req
  response: Res
  summary: string
}

/** One event main pushes to the renderer. */
export interface EventSpec<P extends z.ZodType = z.ZodType> {
  payload: P
  summary: string
}

export const channel = <Req extends z.ZodType, Res extends z.ZodType>(
  request: Req,
  response: Res,
  summary: string,
): ChannelSpec<Req, Res> => ({ request, response, summary })

export const event = <P extends z.ZodType>(payload: P, summary: string): EventSpec<P> => ({
  payload,
  summary,
})

/** Wire names: one prefix so nothing else on the bus can be mistaken for ours. */
export const invokeWireName = (channelName: string): string => `gatehouse:invoke:${channelName}`
export const eventWireName = (eventName: string): string => `gatehouse:event:${eventName}`
