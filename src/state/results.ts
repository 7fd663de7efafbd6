import type { Surface, Vec2 } from '../core'
import { makeRunDeriver, type RunResult } from './deriver'
import type { RunParams } from './params'
import { pageCatalog, type SurfaceCatalog } from './catalog'
import type { ExplorerState } from './store'
import { surfaceStatusOf } from './surfaceStatus'

/**
 * A figure's run results as an external store (for useSyncExternalStore): computed once per change
 * of their inputs, outside React, so a slider step re-renders only the components whose slice of
 * the results changed — not every panel that reads them.
 */
export interface ResultsSource {
  get(): readonly RunResult[]
  subscribe(listener: () => void): () => void
}

/** The results of the state React sees (`get`), and of any other state, e.g. a deferred one. */
export interface LiveResultsSource extends ResultsSource {
  of(state: ExplorerState): readonly RunResult[]
}

/** Where the state comes from: the store, or the view React renders from (see frameView.ts). */
interface StateSource {
  getState(): ExplorerState
  subscribe(listener: () => void): () => void
}

interface Inputs {
  readonly surface: Surface
  readonly lr: number
  readonly start: Vec2
  readonly steps: number
  readonly runs: readonly RunParams[]
  readonly batch: number
  readonly seed: number
}
const KEYS = ['surface', 'lr', 'start', 'steps', 'runs', 'batch', 'seed'] as const

const inputsOf = (s: ExplorerState, catalog: SurfaceCatalog): Inputs => ({
  surface: surfaceStatusOf(s.surface, s.f, s.view, catalog).surface,
  lr: s.lr,
  start: s.start,
  steps: s.steps,
  runs: s.runs,
  batch: s.batch,
  seed: s.seed,
})

export function createResultsSource(
  store: StateSource,
  catalog: SurfaceCatalog = pageCatalog,
): LiveResultsSource {
  const derive = makeRunDeriver(catalog)
  // The last two states asked about, newest first: the view's, and a live one a frame ahead of
  // it. Every reader asks again after each change: the same state and registry answer at once.
  let seen: {
    state: ExplorerState
    version: number
    inputs: Inputs
    results: readonly RunResult[]
  }[] = []
  const of = (state: ExplorerState) => {
    // A model run that finished training (a catalog change) changes the same inputs' results.
    const version = catalog.version()
    const hit = seen.find((e) => e.state === state && e.version === version)
    if (hit) return hit.results
    const inputs = inputsOf(state, catalog)
    const same = seen.find(
      (e) => e.version === version && KEYS.every((k) => Object.is(e.inputs[k], inputs[k])),
    )
    const results = same ? same.results : derive(inputs, inputs.runs)
    seen = [{ state, version, inputs, results }, ...seen.filter((e) => e !== same)].slice(0, 2)
    return results
  }
  return {
    of,
    get: () => of(store.getState()),
    subscribe(listener) {
      const offStore = store.subscribe(listener)
      // A lazily loaded surface (a model, a custom expression) changes the results too.
      const offCatalog = catalog.subscribe(listener)
      return () => {
        offStore()
        offCatalog()
      }
    },
  }
}

/**
 * The results once they have stopped changing for `quietMs` (and at least every `maxWaitMs` while
 * they keep changing). Panels beside the plot read these, so during a slider drag they neither
 * re-render nor repaint each frame: when it pauses, and at least once a second.
 */
export function createSettledSource(source: ResultsSource, quietMs = 120, maxWaitMs = 400) {
  const listeners = new Set<() => void>()
  let settled = source.get()
  let lastUpdate = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let frame = 0
  let off: (() => void) | null = null
  const publish = () => {
    timer = undefined
    if (!off) return
    lastUpdate = performance.now()
    const next = source.get()
    if (next === settled) return
    settled = next
    for (const l of listeners) l()
  }
  // Just after the next frame is drawn: the panels' render then follows the frame of the input
  // that changed the results, instead of delaying it.
  const afterPaint = () => {
    if (typeof requestAnimationFrame !== 'function') return publish()
    frame = requestAnimationFrame(() => (timer = setTimeout(publish, 0)))
  }
  const cancel = () => {
    clearTimeout(timer)
    if (frame && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame)
    frame = 0
  }
  const onChange = () => {
    cancel()
    if (source.get() === settled) return
    const since = performance.now() - lastUpdate
    timer = setTimeout(afterPaint, since >= maxWaitMs ? 0 : quietMs)
  }
  return {
    get: () => settled,
    subscribe(listener: () => void) {
      // Listens to the source only while someone listens here: a closed figure leaves no timer.
      if (listeners.size === 0) {
        off = source.subscribe(onChange)
        onChange()
      }
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
        if (listeners.size > 0) return
        off?.()
        off = null
        cancel()
      }
    },
  } satisfies ResultsSource
}
