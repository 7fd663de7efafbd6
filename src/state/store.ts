import { createStore } from 'zustand/vanilla'
import { isModelSurfaceId, type Vec2 } from '../core'
import { pageCatalog, type SurfaceCatalog } from './catalog'
import {
  clamp,
  defaultParams,
  LIMITS,
  type Layout,
  type Params,
  type RunParams,
  type UpdateRule,
} from './params'

/** A model picked from the menu trains as the training preset does: 30 epochs, batches of 40. */
const MODEL_START = { steps: 30, batch: 40 } as const

/** Playback: `playhead` is how many steps are drawn; null means "the whole path". */
export interface Playback {
  readonly playhead: number | null
  readonly isPlaying: boolean
  /** Steps per second while playing. */
  readonly speed: number
  /** The step under the pointer in the loss chart, highlighted on every panel. */
  readonly hoverStep: number | null
  readonly ghost: Ghost | null
  /** The run that run-wise tools act on (null: the last momentum run). */
  readonly selectedRunId: string | null
  /**
   * The run whose momentum slider has focus, so only it will change (null: any may). The plot
   * then draws the others under it, in a layer it need not redraw (see Plot).
   */
  readonly focusedRunId: string | null
  /** The guided story's step (1-based) while it is shown, else null: the URL's `story`. */
  readonly storyStep: number | null
  /** "Edit f" was pressed and f's field has not taken focus yet (its editor may still be loading). */
  readonly isEditFAsked: boolean
}

/** A would-be run shown faintly: the selected run's rule at another learning rate and momentum. */
export interface Ghost {
  readonly lr: number
  readonly momentum: number
  readonly rule: UpdateRule
}

export interface Actions {
  /** A surface whose code is not loaded yet is switched to once the catalog has loaded it. */
  setSurface(id: string): void
  setLr(lr: number): void
  setStart(start: Vec2): void
  setSteps(steps: number): void
  setLayout(layout: Layout): void
  setMap(isOpen: boolean): void
  /** Model surfaces: mini-batch size (0 = full batch) and shuffle seed. */
  setBatch(batch: number): void
  setSeed(seed: number): void
  /** A trajectory drawn faintly on the contours (hovering a tuning-map cell), or null. */
  setGhost(ghost: Ghost | null): void
  /** The run the tuning map and other run-wise tools act on. */
  selectRun(runId: string): void
  /** A run's slider took focus (its id) or lost it (null). */
  focusRun(runId: string | null): void
  /** Switch to a custom surface f(x, y) over a view (the expression is validated elsewhere). */
  setCustom(
    f: string,
    view: NonNullable<Params['view']>,
    suggested?: { readonly lr: number; readonly start: Vec2 },
  ): void
  setMomentum(runId: string, momentum: number): void
  setRule(runId: string, rule: UpdateRule): void
  addRun(): void
  removeRun(runId: string): void
  /** Animate from the start (or where paused) to `total` steps (default: `steps`). */
  play(total?: number): void
  pause(): void
  stepOnce(total?: number): void
  reset(): void
  setSpeed(speed: number): void
  setPlayhead(playhead: number | null): void
  setHoverStep(step: number | null): void
  /** Ask the expression editor to focus f's field, now or when it shows (false: done). */
  askEditF(isAsked: boolean): void
  /** Replace every input at once (presets, URL, custom-element attributes). */
  load(params: Params): void
}

export type ExplorerState = Params & Playback & Actions
export type ExplorerStore = ReturnType<typeof createExplorerStore>

const showAll = { playhead: null, isPlaying: false } as const
const noop = () => {} // code that failed to load: the surface stays as it was

/** The inputs of a state, without playback or actions: what the URL and snippets carry. */
export const paramsOf = (s: ExplorerState): Params => ({
  surface: s.surface,
  lr: s.lr,
  start: s.start,
  runs: s.runs,
  steps: s.steps,
  layout: s.layout,
  map: s.map,
  f: s.f,
  view: s.view,
  batch: s.batch,
  seed: s.seed,
})

/**
 * One store per figure: two explorers on one page never share state. The catalog is where its
 * surfaces come from (the figures read it as `store.catalog`).
 */
export function createExplorerStore(initial: Params, catalog: SurfaceCatalog = pageCatalog) {
  let nextId = initial.runs.length + 1
  const freshId = (taken: readonly RunParams[]) => {
    while (taken.some((r) => r.id === `r${nextId}`)) nextId++
    return `r${nextId++}`
  }
  const store = createStore<ExplorerState>()((set, get) => {
    const updateRun = (runId: string, patch: Partial<RunParams>) =>
      set((s) => ({
        ...showAll,
        runs: s.runs.map((r) => (r.id === runId ? { ...r, ...patch } : r)),
      }))
    return {
      ...initial,
      playhead: null,
      isPlaying: false,
      speed: 60,
      hoverStep: null,
      ghost: null,
      selectedRunId: null,
      focusedRunId: null,
      storyStep: null,
      isEditFAsked: false,
      setSurface(id) {
        if (!catalog.isReady(id))
          return void catalog.load(id).then(() => get().setSurface(id), noop)
        const surface = catalog.find(id)
        if (!surface) return
        // Into or out of the models, steps change meaning (epochs): start where the story holds.
        const kind = isModelSurfaceId(id) ? MODEL_START : null
        const wasModel = isModelSurfaceId(get().surface)
        const base = defaultParams()
        const steps =
          kind && !wasModel
            ? kind
            : !kind && wasModel
              ? { steps: base.steps, batch: base.batch }
              : null
        set({
          ...showAll,
          surface: id,
          lr: surface.suggestedLr,
          start: surface.defaultStart,
          view: null,
          ...(steps ? { steps: steps.steps, batch: steps.batch } : {}),
        })
      },
      setLr: (lr) => set({ ...showAll, lr: clamp(lr, LIMITS.lr) }),
      setStart(start) {
        const s = get()
        const domain = s.view ?? catalog.find(s.surface)?.domain
        const round = (v: number, span: number) => {
          // 1/10 000 of the view is finer than a pixel and keeps shared links short.
          const digits = Math.max(0, Math.ceil(-Math.log10(span / 1e4)))
          return Number(v.toFixed(Math.min(12, digits)))
        }
        const next: Vec2 = domain
          ? [round(start[0], domain.x[1] - domain.x[0]), round(start[1], domain.y[1] - domain.y[0])]
          : start
        set({ ...showAll, start: next })
      },
      setSteps: (steps) => set({ ...showAll, steps: Math.round(clamp(steps, LIMITS.steps)) }),
      setLayout: (layout) => set({ layout }),
      setMap: (map) => set({ map }),
      setBatch: (batch) => set({ ...showAll, batch: Math.round(clamp(batch, LIMITS.batch)) }),
      setSeed: (seed) => set({ ...showAll, seed: Math.round(clamp(seed, LIMITS.seed)) }),
      setGhost: (ghost) => set({ ghost }),
      selectRun: (runId) => set({ selectedRunId: runId }),
      focusRun(runId) {
        if (get().focusedRunId !== runId) set({ focusedRunId: runId })
      },
      setCustom: (f, view, suggested) =>
        set({
          ...showAll,
          surface: 'custom',
          f,
          view,
          ...(suggested && { lr: clamp(suggested.lr, LIMITS.lr), start: suggested.start }),
        }),
      setMomentum: (runId, momentum) =>
        updateRun(runId, { momentum: clamp(momentum, LIMITS.momentum) }),
      setRule: (runId, rule) => updateRun(runId, { rule }),
      addRun() {
        const { runs } = get()
        if (runs.length >= LIMITS.maxRuns) return
        const momentum = [0.5, 0.99, 0.8, 0.1, 0.95, 0.3][runs.length % 6] ?? 0.5
        set({ ...showAll, runs: [...runs, { id: freshId(runs), momentum, rule: 'heavy-ball' }] })
      },
      removeRun(runId) {
        const { runs } = get()
        if (runs.length <= 1) return
        set({ ...showAll, runs: runs.filter((r) => r.id !== runId) })
      },
      play(total = get().steps) {
        const { playhead } = get()
        // Replay from the start when the whole path is already drawn.
        set({ isPlaying: true, playhead: playhead === null || playhead >= total ? 0 : playhead })
      },
      pause: () => set({ isPlaying: false }),
      stepOnce(total = get().steps) {
        const { playhead } = get()
        const at = playhead === null || playhead >= total ? 0 : playhead
        set({ isPlaying: false, playhead: Math.min(total, at + 1) })
      },
      reset: () => set({ isPlaying: false, playhead: 0 }),
      setSpeed: (speed) => set({ speed: clamp(speed, [1, 600]) }),
      setPlayhead: (playhead) => set({ playhead }),
      setHoverStep: (hoverStep) => set({ hoverStep }),
      askEditF: (isEditFAsked) => set({ isEditFAsked }),
      load(params) {
        nextId = Math.max(nextId, params.runs.length + 1)
        set({ ...showAll, ...params })
      },
    }
  })
  return Object.assign(store, { catalog })
}
