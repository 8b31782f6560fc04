/**
 * The de-duplication key of an event. It must be the SAME for a monitor row and for the v2 list row of
 * the same event (gap fill overlaps the live feed), so it is built only from fields both carry: stream,
 * server time, device serial, door/gate name, pin, card and event name, folded (localised case and
 * stray spaces). A server that repeats monitor rows (FIELD-NOTES) produces identical keys.
 */
import type { EventRow } from './event-row'
import { foldText } from './text'

export function eventKey(row: EventRow): string {
  return [
    row.stream,
    row.serverTime,
    foldText(row.deviceSn ?? row.deviceName),
    foldText(row.pointName),
    foldText(row.pin),
    foldText(row.cardNo),
    foldText(row.eventName),
  ].join('|')
}
