/** Native notifications: recorded, never shown; tests click them (`clickNotification`) to drive main. */
import { EventEmitter } from 'node:events'
import { createEvent } from './event'
import { state, toPlain } from './runtime'
import type { NotificationRecord } from '../recordings'

const instances: Notification[] = []

export class Notification extends EventEmitter {
  static isSupported(): boolean {
    return true
  }

  readonly record: NotificationRecord
  title: string
  body: string
  silent: boolean
  urgency: string

  constructor(options: Record<string, unknown> = {}) {
    super()
    this.title = String(options.title ?? '')
    this.body = String(options.body ?? '')
    this.silent = options.silent === true
    this.urgency = String(options.urgency ?? 'normal')
    this.record = {
      index: instances.length,
      options: toPlain(options) as Record<string, unknown>,
      shown: 0,
      closed: false,
      clicks: 0,
      actionsInvoked: [],
    }
    instances.push(this)
    state.recordings.notifications.push(this.record)
  }

  show(): void {
    this.record.shown++
    this.record.closed = false
    setImmediate(() => this.emit('show', createEvent()))
  }

  close(): void {
    this.record.closed = true
    setImmediate(() => this.emit('close', createEvent()))
  }

  /** What a click on the OS notification does. */
  click(): void {
    this.record.clicks++
    this.emit('click', createEvent())
  }

  invokeAction(actionIndex: number): void {
    this.record.actionsInvoked.push(actionIndex)
    this.emit('action', createEvent(), actionIndex)
  }
}

export function notificationAt(index: number): Notification {
  const n = instances[index]
  if (!n) throw new Error(`No notification #${index} (main created ${instances.length})`)
  return n
}

export function resetNotifications(): void {
  instances.length = 0
}
