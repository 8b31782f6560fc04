/**
 * What main writes for people follows the language at once: notifications (alarm kind and place,
 * escalation, storm summary), storage and server errors, CSV headers, the roll call, start-up words.
 * Machine codes (error codes, audit action ids) stay as they are. English stays word for word.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { AlarmView } from '../../../electron/shared/contract/guard'
import { createTimeFormatter } from '../../../electron/shared/i18n/format-time'
import { describeAuditEntry } from '../../../electron/shared/audit/describe'
import { localAlarmDetail, localAlarmTitle } from '../../../electron/shared/guard/alarm-title'
import { STORAGE_MESSAGES, storageErrorOf } from '../../../electron/main/app/storage-error'
import { translateKey } from '../../../electron/main/app/live-words'
import { auditCsvHeader } from '../../../electron/main/audit/audit-handlers'
import { historyCsvCells, historyCsvHeader } from '../../../electron/main/guard-ops/history-rows'
import {
  AlarmNotifier,
  type NotificationSpec,
} from '../../../electron/main/guard/notifications/alarm-notifier'
import { followTestLanguage } from './support/speak'
import { rollCallHtml } from '../../../electron/main/reception/roll-call-html'
import { SERVER_ERROR_CODES, describeServerCode } from '../../../electron/main/zkbio/error-codes'
import { ZkbioError } from '../../../electron/main/zkbio/errors'
import { adviceFor, plainError } from '../../../electron/main/connection/explain'

const { speak, stop } = followTestLanguage()
afterEach(() => speak('en'))

const alarm = (over: Partial<AlarmView> = {}): AlarmView => ({
  id: 1,
  key: 'door|main entrance|forcedOpen',
  kind: 'forcedOpen',
  priority: 'critical',
  status: 'new',
  targetType: 'door',
  targetName: 'Main Entrance',
  targetId: null,
  title: 'Forced open: Main Entrance',
  detail: null,
  personPin: null,
  personName: null,
  firstAt: '2026-12-03T06:16:00.000Z',
  lastAt: '2026-12-03T06:16:00.000Z',
  firstServerTime: null,
  count: 1,
  conditionActive: null,
  recovered: false,
  acknowledgedAt: null,
  acknowledgedBy: null,
  ackComment: null,
  clearedAt: null,
  clearedBy: null,
  clearComment: null,
  clearedReason: null,
  ...over,
})

function notifier() {
  const shown: NotificationSpec[] = []
  const n = new AlarmNotifier({
    port: { show: (spec) => void shown.push(spec) },
    policy: () => ({ enabled: true, maxPerMinute: 10 }),
    isStillNew: () => true,
    open: () => undefined,
  })
  return { n, shown }
}

describe("main's texts for people", () => {
  it('alarm titles are the stored English title in English and the kind and place said again in other languages', () => {
    expect(localAlarmTitle(alarm(), translateKey)).toBe('Forced open: Main Entrance')
    speak('es')
    expect(localAlarmTitle(alarm(), translateKey)).toBe('Apertura forzada: Main Entrance')
    speak('zh-CN')
    expect(localAlarmTitle(alarm(), translateKey)).toBe('强行开门：Main Entrance')
    const link = alarm({ kind: 'linkLost', title: 'Server link lost: ZKBio server', targetType: 'site' })
    speak('ar')
    expect(localAlarmTitle(link, translateKey)).toBe('انقطع الاتصال بالخادم: خادم ZKBio')
    expect(localAlarmDetail('Server: "Apertura forzada" (Main Entrance-In, C3-400)', translateKey)).toBe(
      'الخادم: "Apertura forzada" (Main Entrance-In, C3-400)',
    )
    expect(localAlarmDetail('Door and gate states are not live.', translateKey)).toBe(
      'Door and gate states are not live.',
    )
    // A title that is not the kind's (an older wording) is shown as stored rather than mangled.
    expect(localAlarmTitle(alarm({ title: 'Something else' }), translateKey)).toBe('Something else')
  })

  it('a notification is worded in the language of the moment it is shown', () => {
    const { n, shown } = notifier()
    n.onRaised(alarm())
    speak('es')
    n.onRaised(
      alarm({
        id: 2,
        key: 'door|lab|duress',
        kind: 'duress',
        priority: 'emergency',
        title: 'Duress: Lab',
        personName: 'Ana',
      }),
    )
    n.renotify(alarm({ id: 3 }))
    speak('pt-BR')
    n.onRaised(
      alarm({
        id: 4,
        key: 'door|x|tamper',
        kind: 'tamper',
        priority: 'high',
        title: 'Tamper: X',
        recovered: true,
      }),
    )
    n.stop()
    expect(shown.map((s) => s.title)).toEqual([
      'Forced open: Main Entrance',
      'Coacción: Lab',
      'Aún sin reconocer: Apertura forzada: Main Entrance',
      'Violação: X',
    ])
    expect(shown[0]!.body).toMatch(/^Since \d{2}:\d{2}:\d{2}$/)
    expect(shown[1]!.body).toMatch(/^Desde las \d{2}:\d{2}:\d{2} · Ana$/)
    expect(shown[3]!.body).toMatch(/^Desde \d{2}:\d{2}:\d{2} \(encontrado após uma queda\)$/)
  })

  it('storage and server errors keep their codes and say their sentence in the current language', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
    expect(storageErrorOf(full)?.message).toBe(STORAGE_MESSAGES.DISK_FULL)
    expect(STORAGE_MESSAGES.DISK_FULL).toMatch(/^This computer's disk is full/)
    speak('es')
    const error = storageErrorOf(full)!
    expect(error.code).toBe('DISK_FULL')
    expect(error.message).toMatch(/^El disco de este equipo está lleno/)
    const timeout = new ZkbioError({ kind: 'timeout', endpoint: '/api/door/allDoorState' })
    expect(timeout.code).toBe('ZKBIO_TIMEOUT')
    expect(timeout.message).toBe(
      'El servidor ZKBio no respondió a tiempo. Puede estar ocupado o la red puede ser lenta.',
    )
    speak('zh-CN')
    const refused = new ZkbioError({ kind: 'server', endpoint: '/api/x', serverCode: -999, detail: 'nope' })
    expect(refused.message).toBe('ZKBio 服务器拒绝了请求：nope（代码 -999）。')
    expect(plainError(new ZkbioError({ kind: 'tlsPinMismatch', endpoint: '/api/x' }))).toMatch(
      /^自您信任该服务器以来/,
    )
    expect(adviceFor(new ZkbioError({ kind: 'auth', endpoint: '/api/x' }))).toContain('API 授权')
  })

  it('CSV headers are in the current language; event levels too, the rest of the row as the server gave it', () => {
    expect(historyCsvHeader()[0]).toBe('Time')
    expect(auditCsvHeader()).toContain('What happened')
    speak('zh-CN')
    expect(historyCsvHeader()).toEqual([
      '时间',
      '事件',
      '级别',
      '门 / 闸机',
      '读头',
      '设备',
      '设备序列号',
      '区域',
      '工号',
      '人员',
      '卡号',
      '验证方式',
    ])
    expect(auditCsvHeader()[0]).toBe('时间（UTC）')
    const row = {
      eventTime: '2026-12-03 06:16:00',
      eventName: 'Puerta abierta a la fuerza',
      eventLevel: 2 as const,
      pointName: 'Main Entrance',
      readerName: '',
      deviceName: '',
      deviceSn: 'SN1',
      areaName: '',
      pin: '',
      personName: '',
      cardNo: '',
      verifyMode: '',
      eventNo: 102,
    }
    const cells = historyCsvCells(row as Parameters<typeof historyCsvCells>[0])
    expect(cells.slice(0, 3)).toEqual(['2026-12-03 06:16:00', 'Puerta abierta a la fuerza', '报警'])
  })

  it('the roll call is printed in the current language, right to left in Arabic, with the shared date format', () => {
    const entries = [
      {
        visitId: 'v1',
        visitorName: 'ليلى حداد',
        visitorCount: 1,
        company: 'Acme',
        hostName: 'Rui',
        checkedInAt: '2026-12-03T06:16:00.000Z',
        status: 'registered',
        photoBase64: null,
      },
    ] as unknown as Parameters<typeof rollCallHtml>[0]['entries']
    const en = rollCallHtml({ siteName: 'North', generatedAt: '2026-12-03T07:00:00.000Z', entries })
    expect(en).toContain('<html lang="en" dir="ltr">')
    expect(en).toContain('Evacuation roll call')
    speak('ar')
    const ar = rollCallHtml({ siteName: 'North', generatedAt: '2026-12-03T07:00:00.000Z', entries })
    expect(ar).toContain('<html lang="ar" dir="rtl">')
    expect(ar).toContain('كشف حضور الإخلاء')
    expect(ar).toContain('<th>الزائر</th>')
    expect(ar).toContain(createTimeFormatter({ language: 'ar' }).dateTimeShort('2026-12-03T07:00:00.000Z'))
    expect(ar).not.toContain('Evacuation')
  })

  it('audit sentences are worded in the current language; operator, action ids and targets stay as stored', () => {
    const ack = {
      operator: 'Anna Novak',
      action: 'guard.alarm.acknowledge',
      target: 'alarm #12 forcedOpen door Main Entrance',
      result: 'ok' as const,
      detail: 'checked, door closed',
    }
    expect(describeAuditEntry(ack, translateKey)).toBe(
      "Anna Novak acknowledged 'Forced open, Main Entrance': 'checked, door closed'",
    )
    speak('es')
    expect(describeAuditEntry(ack, translateKey)).toBe(
      "Anna Novak reconoció 'Apertura forzada, Main Entrance': 'checked, door closed'",
    )
    speak('zh-CN')
    expect(
      describeAuditEntry(
        { ...ack, action: 'door.remoteOpen', target: 'Door "Lobby" (12)', result: 'failed', detail: null },
        translateKey,
      ),
    ).toBe('Anna Novak 尝试：打开了 Door "Lobby" (12) — 未完成')
  })

  it("every server error code keeps the manual's text and says its sentence in the current language", () => {
    for (const [code, info] of Object.entries(SERVER_ERROR_CODES))
      expect(describeServerCode(Number(code))).toEqual(info)
    speak('es')
    expect(describeServerCode(-254)).toEqual({
      manual: SERVER_ERROR_CODES[-254]!.manual,
      message: 'Este visitante está en la lista de bloqueo y no puede registrarse. Llame a seguridad.',
    })
    expect(new ZkbioError({ kind: 'server', endpoint: '/api/x', serverCode: -254 }).message).toMatch(
      /^Este visitante está en la lista de bloqueo/,
    )
    speak('ar')
    expect(describeServerCode(-5002)?.message).toBe(
      'لم يُعثر على وجه في الصورة. التقط صورة جديدة مواجهًا الكاميرا.',
    )
  })

  it('stops following the settings when asked', () => {
    stop()
    expect(typeof translateKey('server.alarm.summaryBody')).toBe('string')
  })
})
