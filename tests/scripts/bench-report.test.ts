import { describe, expect, test } from 'vitest'
import {
  calibrationTally,
  evaluateTargets,
  formatTable,
  heapTrend,
  tallyTargets,
  type CaseResult,
  type TargetRow,
} from '../../scripts/bench-report.mjs'

const timed = (p50: number, p95: number, extra: Partial<CaseResult> = {}): CaseResult => ({
  latencyMs: { p50, p95, max: p95 + 5, samples: 120 },
  longTasksDuringDrag: [0, 0, 0],
  unchangedSteps: [0, 0, 0],
  ...extra,
})
const statusOf = (rows: ReturnType<typeof evaluateTargets>, prefix: string) =>
  rows.find((r) => r.target.startsWith(prefix))?.status

describe('evaluateTargets', () => {
  const cases = {
    'floor-mouse': timed(8, 18),
    'floor-keyboard': timed(13, 15),
    'distill-mouse': timed(13, 21),
    'ours-2-mouse': timed(9.9, 21.5), // +1.9 (≤ 2) and +3.5 (> 3)
    'ours-2-keyboard': { error: 'slider not found' },
    'ours-6-overlay-mouse': timed(13, 22), // equal p50 is no worse; p95 is worse
    'ours-6-split-mouse': timed(12, 20, {
      longTasksDuringDrag: [0, 1, 0],
      unchangedSteps: [2, 0, 0],
    }),
  }

  test('compares 2 runs with the floor and 6 runs with Distill, in the same run', () => {
    const rows = evaluateTargets(cases, null, null)
    expect(statusOf(rows, '2 runs, mouse: p50')).toBe('PASS')
    expect(statusOf(rows, '2 runs, mouse: p95')).toBe('MISS')
    expect(statusOf(rows, '6 runs overlay: p50')).toBe('PASS')
    expect(statusOf(rows, '6 runs overlay: p95')).toBe('MISS')
    expect(statusOf(rows, '6 runs split: p50')).toBe('PASS')
    expect(statusOf(rows, '6 runs split: p95')).toBe('PASS')
  })

  test('a case that failed is n/a, not a pass', () => {
    const rows = evaluateTargets(cases, null, null)
    expect(statusOf(rows, '2 runs, keyboard: p50')).toBe('n/a')
    expect(rows.find((r) => r.target.startsWith('2 runs, keyboard'))?.detail).toMatch(/not found/)
  })

  test('a long task or an unchanged step in any of our drags is a miss', () => {
    const rows = evaluateTargets(cases, null, null)
    expect(statusOf(rows, 'no long task')).toBe('MISS')
    expect(statusOf(rows, 'every drag step')).toBe('MISS')
  })

  test('playback needs 55 fps; no Play button is n/a', () => {
    const at = (fps: number) => ({ fps, droppedFrames: 0, longTasks: 0 })
    expect(statusOf(evaluateTargets(cases, at(55), null), '6-run playback')).toBe('PASS')
    expect(statusOf(evaluateTargets(cases, at(54.9), null), '6-run playback')).toBe('MISS')
    expect(statusOf(evaluateTargets(cases, null, null), '6-run playback')).toBe('n/a')
  })

  test('bundles: at most 100 × 1024 bytes of gzip; a missing embed bundle is n/a', () => {
    const limit = 100 * 1024
    const ok = evaluateTargets(cases, null, { page: { gzip: limit }, embed: null })
    expect(statusOf(ok, 'page initial JS')).toBe('PASS')
    expect(statusOf(ok, 'embed bundle initial JS')).toBe('n/a')
    const over = evaluateTargets(cases, null, { page: { gzip: limit + 1 }, embed: { gzip: 1 } })
    expect(statusOf(over, 'page initial JS')).toBe('MISS')
    expect(statusOf(over, 'embed bundle initial JS')).toBe('PASS')
  })
})

describe('formatTable', () => {
  test('aligns columns under the header, with a rule line', () => {
    const lines = formatTable([
      ['case', 'p50'],
      ['floor', 7.7],
      ['ours with a long name', null],
    ]).split('\n')
    expect(lines).toHaveLength(4)
    expect(lines[1]).toMatch(/^-+ {2}-+$/)
    const col = 'ours with a long name'.length + 2
    expect(lines[0]?.indexOf('p50')).toBe(col)
    expect(lines[2]?.indexOf('7.7')).toBe(col)
    expect(lines[3]).toBe('ours with a long name')
  })
})

describe('heapTrend', () => {
  const MB = 2 ** 20
  const at = (minute: number, mb: number) => ({ minute, bytes: mb * MB })

  test('a steady leak shows as its growth over the soak', () => {
    const samples = Array.from({ length: 11 }, (_, m) => at(m, 6 + 0.1 * m)) // +1 MB in 10 min
    const t = heapTrend(samples)!
    expect(t.bytesPerMinute / MB).toBeCloseTo(0.1, 9)
    expect(t.growthPct).toBeCloseTo((1 / 6) * 100, 6)
  })

  test('readings that wander around a flat level show no growth, whatever the last one is', () => {
    const wander = [6.0, 6.9, 6.6, 6.8, 6.3, 6.5, 6.7, 6.2, 6.6, 6.1, 6.9]
    const t = heapTrend(wander.map((mb, m) => at(m, mb)))!
    expect(Math.abs(t.growthPct)).toBeLessThan(2)
    expect(((6.9 - 6.0) / 6.0) * 100).toBeGreaterThan(10) // first vs last alone would say 15 %
  })

  test('fewer than three samples give no line', () => {
    expect(heapTrend([at(0, 6), at(10, 7)])).toBeNull()
  })
})

describe('tallyTargets', () => {
  const row = (target: string, status: 'PASS' | 'MISS' | 'n/a', detail = ''): TargetRow => ({
    target,
    status,
    detail,
  })

  test('counts the runs that met each target, leaving out runs that could not judge it', () => {
    const tally = tallyTargets([
      [row('p95', 'MISS', '+5.8'), row('fps', 'PASS')],
      [row('p95', 'PASS', '-0.4'), row('fps', 'n/a')],
      [row('p95', 'MISS', '+8.1'), row('fps', 'PASS')],
    ])
    expect(tally).toEqual([
      { target: 'p95', met: 1, of: 3, details: ['MISS +5.8', 'PASS -0.4', 'MISS +8.1'] },
      { target: 'fps', met: 2, of: 2, details: ['PASS ', 'n/a ', 'PASS '] },
    ])
  })

  test('a target missing from a run counts as not judged there', () => {
    const tally = tallyTargets([[row('a', 'PASS')], [row('b', 'MISS')]])
    expect(tally.map((t) => [t.target, t.met, t.of])).toEqual([
      ['a', 1, 1],
      ['b', 0, 1],
    ])
    expect(tally[0]!.details).toEqual(['PASS ', 'n/a'])
  })
})

describe('calibrationTally', () => {
  test('applies the 2-run mouse p95 target to each calibration page and to ours, per repeat', () => {
    const tally = calibrationTally([
      {
        'floor-mouse': timed(9, 11),
        'floor-plus-2-mouse': timed(9, 17.4), // +6.4: missed
        'floor-plus-1-mouse': timed(9, 13.9), // +2.9: met
        'ours-2-mouse': timed(8, 18), // +7: missed
      },
      {
        'floor-mouse': timed(9, 12),
        'floor-plus-1-mouse': timed(9, 12.5),
        'floor-plus-2-mouse': timed(9, 14.5), // +2.5: met
        'ours-2-mouse': { error: 'slider not found' },
      },
    ])
    // Calibration pages by their milliseconds (not the order the cases ran in), ours last.
    expect(tally.map((t) => t.target)).toEqual([
      'floor-plus-1-mouse',
      'floor-plus-2-mouse',
      'ours-2-mouse',
    ])
    expect(tally.map((t) => `${t.met} of ${t.of}`)).toEqual(['2 of 2', '1 of 2', '0 of 1'])
    expect(tally[1]?.details[0]).toMatch(/^MISS .*\+6\.4/)
    expect(tally[2]?.details[1]).toMatch(/^n\/a slider not found/)
  })

  test('is empty for a run without calibration pages', () => {
    expect(
      calibrationTally([{ 'floor-mouse': timed(9, 11), 'ours-2-mouse': timed(9, 12) }]),
    ).toEqual([])
  })
})
