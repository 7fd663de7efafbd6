// The one client for worker jobs: a key per request, a small cache, one computation shared by the
// callers of the same request (each with its own promise and cancel), their events (progress and
// partial results) to each of them, and a worker or the main thread underneath (createJobRunner).
// The grid, tuning-map, network and training clients are this with their own messages.
import { createJobRunner, remember, type JobHandle, type JobPort, type JobSpec } from './jobs'
import type { ToJobWorker } from './jobs'
import { startWorker } from './startWorker'

/** What a kind of job needs beyond the client's common work. */
export interface JobClientOptions<Request, Result, Out, Event> {
  /** Returns a new worker, or null to compute on the main thread. */
  readonly createWorker: () => JobPort<ToJobWorker<Request>, Out> | null
  /** The cache key: every input the result depends on, as JSON. */
  readonly key: (request: Request) => string
  /** Why a request cannot be computed, or null when it can. */
  readonly problem?: (request: Request) => string | null
  /** How many results to keep (0: none). */
  readonly cacheSize: number
  /** How one computation runs; `emit` reaches every caller still waiting for it. */
  readonly job: (
    request: Request,
    emit: (event: Event) => void,
  ) => Omit<JobSpec<Result, Out>, 'cancelled'>
  /** The rejection a caller's cancel gives (the UI ignores it). */
  readonly cancelled: () => Error
}

/** What a page's client may be given: where workers come from, the main thread's slice, the cache. */
export interface ClientOptions<Port> {
  /** Returns a new worker, or null to compute on the main thread. */
  readonly createWorker?: () => Port | null
  readonly mainThreadSliceMs?: number
  readonly cacheSize?: number
}

/**
 * Where a page client's workers come from: the options' own (a fake in tests), else module workers
 * started from `scriptUrl` by startWorker, which works across origins too.
 */
export function clientWorkers<Port>(options: ClientOptions<Port>, scriptUrl: string) {
  // A Worker's handlers take a MessageEvent: a superset of the port's.
  return options.createWorker ?? (() => startWorker(scriptUrl) as unknown as Port | null)
}

/** A class for the rejection of a cancelled request, which the UI tells from a failure and ignores. */
export function cancelledError(name: string, message: string) {
  return class extends Error {
    constructor() {
      super(message)
      this.name = name
    }
  }
}

/** A client: request a result (with events on the way), or read it from the cache at once. */
export interface JobClient<Request, Result, Event = never> {
  readonly request: (request: Request, onEvent?: (event: Event) => void) => JobHandle<Result>
  /** The result if it has been computed already (the same object every time), else undefined. */
  readonly cached: (request: Request) => Result | undefined
  readonly key: (request: Request) => string
  readonly clearCache: () => void
}

interface Shared<Result, Event> {
  readonly promise: Promise<Result>
  readonly stop: () => void
  readonly listeners: Set<(event: Event) => void>
  refs: number
}

const done = <T>(promise: Promise<T>): JobHandle<T> => ({ promise, cancel: () => {} })

/** A client with its own cache and workers (tests make fresh ones; the page one of each kind). */
export function createJobClient<
  Request,
  Result,
  Out extends { readonly id: number },
  Event = never,
>(o: JobClientOptions<Request, Result, Out, Event>): JobClient<Request, Result, Event> {
  const cache = new Map<string, Result>()
  const pending = new Map<string, Shared<Result, Event>>()
  const run = createJobRunner<Request, Out>(o.createWorker)

  const start = (key: string, request: Request): Shared<Result, Event> => {
    const listeners = new Set<(event: Event) => void>()
    const emit = (event: Event) => listeners.forEach((l) => l(event))
    const job = run<Result>(request, { ...o.job(request, emit), cancelled: o.cancelled })
    const promise = job.promise.then((result) => {
      if (o.cacheSize > 0) remember(cache, key, result, o.cacheSize)
      return result
    })
    const shared = { promise, stop: job.stop, listeners, refs: 0 }
    const forget = () => void (pending.get(key) === shared && pending.delete(key))
    promise.then(forget, forget)
    pending.set(key, shared)
    return shared
  }

  return {
    request(request, onEvent) {
      const key = o.key(request)
      const hit = cache.get(key)
      if (hit !== undefined) return done(Promise.resolve(hit))
      const problem = o.problem?.(request) ?? null
      if (problem !== null) return done(Promise.reject(new Error(problem)))
      const shared = pending.get(key) ?? start(key, request)
      shared.refs++
      if (onEvent) shared.listeners.add(onEvent)
      let reject: (e: Error) => void = () => {}
      // Each caller gets its own promise, so one caller's cancel never rejects another's.
      const promise = new Promise<Result>((resolve, rej) => {
        reject = rej
        shared.promise.then(resolve, rej)
      })
      promise.catch(() => {}) // a cancelled request nobody awaits is not an unhandled rejection
      let isCancelled = false
      const cancel = () => {
        if (isCancelled) return
        isCancelled = true
        if (onEvent) shared.listeners.delete(onEvent)
        reject(o.cancelled())
        if (--shared.refs === 0 && pending.get(key) === shared) {
          pending.delete(key)
          shared.stop()
        }
      }
      return { promise, cancel }
    },
    cached: (request) => cache.get(o.key(request)),
    key: o.key,
    clearCache: () => cache.clear(),
  }
}
