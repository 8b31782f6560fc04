// 2.6 media (multipart form data, FIELD-NOTES path fix), 2.3 park black/white lists and 2.20 park records:
// the manual's example requests, shapes and codes (-70/-71 media, -220..-223 park, -100/-101 times).
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { mediaForm } from './client'
import { at, useSimulator } from './harness'
import { expectCode, expectOk, media, parkRecordIn, parkRecordOut } from './shape'

const h = useSimulator()
const PAGE = { pageNo: 1, pageSize: 20 }

describe('2.6 media', () => {
  it('2.6.1 add (form data: file + mediaName), 2.6.3 get/{name}, 2.6.2 delete/{name}', async () => {
    const add = await h.api.request('POST', '/api/adMedia/add', { form: mediaForm('Spec media') })
    expectOk(add, z.unknown(), at('2.6.1'))
    const got = expectOk(
      await h.api.get(`/api/adMedia/get/${encodeURIComponent('Spec media')}`),
      z.array(media),
      at('2.6.3'),
    )
    expect(got).toContainEqual(
      expect.objectContaining({ mediaName: 'Spec media', mediaSuffix: 'png', mediaType: '1' }),
    )
    expectOk(
      await h.api.delete(`/api/adMedia/delete/${encodeURIComponent('Spec media')}`),
      z.unknown(),
      at('2.6.2'),
    )
    expectCode(
      await h.api.get(`/api/adMedia/get/${encodeURIComponent('Spec media')}`),
      -70,
      at('2.6.3', 'after delete'),
    )
  })

  it('2.6.1 add or update: the same media name twice is one media object', async () => {
    expectOk(
      await h.api.request('POST', '/api/adMedia/add', { form: mediaForm('Spec twice') }),
      z.unknown(),
      at('2.6.1'),
    )
    expectOk(
      await h.api.request('POST', '/api/adMedia/add', { form: mediaForm('Spec twice', 'other.png') }),
      z.unknown(),
      at('2.6.1', 'update'),
    )
    const got = expectOk(await h.api.get('/api/adMedia/get/Spec%20twice'), z.array(media), at('2.6.3'))
    expect(got.filter((m) => m.mediaName === 'Spec twice')).toHaveLength(1)
  })

  it('2.6.1 add of an unsupported format: -71', async () => {
    const form = mediaForm('Spec text', 'notes.txt', new TextEncoder().encode('hello'))
    expectCode(await h.api.request('POST', '/api/adMedia/add', { form }), -71, at('2.6.1', '.txt'))
  })

  it('2.6.2 / 2.6.3 unknown media: -70', async () => {
    expectCode(await h.api.get('/api/adMedia/get/no-such-media'), -70, at('2.6.3'))
    expectCode(await h.api.delete('/api/adMedia/delete/no-such-media'), -70, at('2.6.2'))
  })
})

describe('2.3 park black and white lists', () => {
  it('2.3.1 add white (type 0) with dates, 2.3.3 edit to a new plate, 2.3.2 delete: code 0', async () => {
    expectOk(
      await h.api.post('/api/parkAuthorize/addBlackWhite', {
        type: 0,
        carNumber: 'A32212',
        fromTime: '2026-08-17',
        toTime: '2027-08-16',
      }),
      z.unknown(),
      at('2.3.1'),
    )
    expectOk(
      await h.api.post('/api/parkAuthorize/editBlackWhite', {
        type: 0,
        carNumber: 'B32212',
        oldCarNumber: 'A32212',
        fromTime: '2026-08-17',
        toTime: '2027-08-16',
      }),
      z.unknown(),
      at('2.3.3'),
    )
    expectOk(
      await h.api.post('/api/parkAuthorize/delBlackWhite', { carNumber: 'B32212' }),
      z.unknown(),
      at('2.3.2'),
    )
  })

  it('2.3.1 add black (type 1) needs no dates', async () => {
    expectOk(
      await h.api.post('/api/parkAuthorize/addBlackWhite', { type: 1, carNumber: 'C32212' }),
      z.unknown(),
      at('2.3.1'),
    )
  })

  it.each([
    ['type 2', { type: 2, carNumber: 'D32212', fromTime: '2026-08-17', toTime: '2027-08-16' }, -221],
    ['no plate', { type: 0, carNumber: '', fromTime: '2026-08-17', toTime: '2027-08-16' }, -223],
    [
      'bad date',
      { type: 0, carNumber: 'D32212', fromTime: '17/08/2026', toTime: '2027-08-16' },
      [-222, -100],
    ],
    [
      'from after to',
      { type: 0, carNumber: 'D32212', fromTime: '2027-08-17', toTime: '2026-08-16' },
      [-222, -101],
    ],
  ] as const)('2.3.1 %s', async (_label, query, code) => {
    expectCode(
      await h.api.post('/api/parkAuthorize/addBlackWhite', query),
      code,
      at('2.3.1', JSON.stringify(query)),
    )
  })

  it('2.3.3 edit to a white list without dates ("White List need to be filled in"): -222/-100', async () => {
    expectOk(
      await h.api.post('/api/parkAuthorize/addBlackWhite', { type: 1, carNumber: 'F32212' }),
      z.unknown(),
      at('2.3.1'),
    )
    expectCode(
      await h.api.post('/api/parkAuthorize/editBlackWhite', {
        type: 0,
        carNumber: 'F32213',
        oldCarNumber: 'F32212',
      }),
      [-222, -100],
      at('2.3.3', 'white without dates'),
    )
  })

  it('2.3.3 edit with a wrong type: -221', async () => {
    expectCode(
      await h.api.post('/api/parkAuthorize/editBlackWhite', {
        type: 5,
        carNumber: 'E1',
        oldCarNumber: 'C32212',
      }),
      -221,
      at('2.3.3'),
    )
  })
})

describe('2.20 park records', () => {
  it('2.20.2 check-in and 2.20.3 check-out lists: the manual fields; 2.20.1 picture of a record', async () => {
    const ins = expectOk(
      await h.api.get('/api/v2/parkTransaction/listParkRecordin', PAGE),
      z.array(parkRecordIn),
      at('2.20.2'),
    )
    const outs = expectOk(
      await h.api.get('/api/v2/parkTransaction/listParkRecordout', PAGE),
      z.array(parkRecordOut),
      at('2.20.3'),
    )
    expect(ins.length + outs.length, 'seeded parking records').toBeGreaterThan(0)
    const record = ins[0] ?? outs[0]!
    const recordType = ins[0] ? 1 : 2
    const picture = expectOk(
      await h.api.get('/api/parkTransaction/getParkRecordPicture', { recordId: record.id, recordType }),
      z.string(),
      at('2.20.1'),
    )
    expect(picture).toMatch(/^[A-Za-z0-9+/=]+$/)
  })

  it('2.20.1 a wrong record type: -220', async () => {
    expectCode(
      await h.api.get('/api/parkTransaction/getParkRecordPicture', {
        recordId: 'ffffffffffffffffffffffffffffffff',
        recordType: 3,
      }),
      -220,
      at('2.20.1', 'recordType 3'),
    )
  })

  it('2.20.2 time filters: bad format -100, start after end -101', async () => {
    expectCode(
      await h.api.get('/api/v2/parkTransaction/listParkRecordin', {
        ...PAGE,
        startDate: 'x',
        endDate: '2026-01-01 00:00:00',
      }),
      -100,
      at('2.20.2'),
    )
    expectCode(
      await h.api.get('/api/v2/parkTransaction/listParkRecordout', {
        ...PAGE,
        startDate: '2026-01-02 00:00:00',
        endDate: '2026-01-01 00:00:00',
      }),
      -101,
      at('2.20.3'),
    )
  })
})
