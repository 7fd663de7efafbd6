import { describe, expect, test } from 'vitest'
import { mainThreadTimes, rendererMain, type TraceEvent } from '../../scripts/bench-trace-parse.mjs'

const meta = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
})
const x = (name: string, ts: number, dur: number, tdur?: number, pid = 1, tid = 1): TraceEvent => ({
  name,
  ph: 'X',
  pid,
  tid,
  ts,
  dur,
  ...(tdur === undefined ? {} : { tdur }),
})

describe('rendererMain', () => {
  test('picks the renderer main thread with the most task time', () => {
    const events = [
      meta(1, 1, 'CrRendererMain'),
      meta(2, 5, 'CrRendererMain'),
      meta(3, 1, 'CrBrowserMain'),
      x('RunTask', 0, 100, undefined, 1, 1),
      x('RunTask', 0, 900, undefined, 2, 5),
      x('RunTask', 0, 5000, undefined, 3, 1),
    ]
    expect(rendererMain(events)).toEqual({ pid: 2, tid: 5 })
    expect(rendererMain([x('RunTask', 0, 1)])).toBe(null)
  })
})

describe('mainThreadTimes', () => {
  const thread = { pid: 1, tid: 1 }
  test('counts nested events of one kind once, and each kind apart', () => {
    const events = [
      x('RunTask', 0, 10_000),
      x('EventDispatch', 100, 4000),
      x('FunctionCall', 200, 3000), // inside the dispatch: not counted again
      x('Layout', 300, 1000), // forced by script: layout too
      x('UpdateLayoutTree', 5000, 500),
      x('Paint', 6000, 2000),
      x('RunTask', 20_000, 1000),
      x('RunTask', 0, 99_000, undefined, 1, 2), // another thread
    ]
    expect(mainThreadTimes(events, thread)).toEqual({
      busy: 11,
      script: 4,
      style: 0.5,
      layout: 1,
      paint: 2,
    })
  })
  test('prefers thread time to wall time, and keeps to the window', () => {
    const events = [x('RunTask', 0, 10_000, 2000), x('RunTask', 50_000, 10_000, 3000)]
    expect(mainThreadTimes(events, thread).busy).toBe(5)
    expect(mainThreadTimes(events, thread, 40_000).busy).toBe(3)
  })
})
