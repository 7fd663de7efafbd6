// What the workers (contour grid, tuning map, training, digits network) have in common: a
// reusable worker per client with cancel and a main-thread fallback, a small cache, and the worker
// side's one-job-at-a-time message loop. Each client and handler adds only its own request,
// result and progress.

/** Page → worker: compute a request (superseding any job in progress), or cancel a job by id. */
export type ToJobWorker<Request> =
  | ({ readonly type: 'compute'; readonly id: number } & Request)
  | { readonly type: 'cancel'; readonly id: number }

/** Worker → page: how far a job has got. */
export interface JobProgress {
  readonly type: 'progress'
  readonly id: number
  readonly done: number
  readonly total: number
}

/** Worker → page: why a job ended without a result. */
export interface JobFailure {
  readonly type: 'error'
  readonly id: number
  readonly message: string
}

/** The part of a Worker a client uses (a fake in tests). */
export interface JobPort<In, Out> {
  postMessage(message: In): void
  onmessage: ((event: { data: Out }) => void) | null
  onerror: ((event: unknown) => void) | null
  terminate(): void
}

/** What a client hands out: await `promise`; `cancel()` stops the work and rejects it. */
export interface JobHandle<Result> {
  readonly promise: Promise<Result>
  readonly cancel: () => void
}

/** A started job: its outcome, and a stop that rejects it with `cancelled`. */
export interface Job<Result> {
  readonly promise: Promise<Result>
  readonly stop: () => void
}

/** How one job runs: on a worker (its messages → outcome) or on the main thread. */
export interface JobSpec<Result, Out> {
  /** A message of this job → its outcome, or undefined for a message that is not the end. */
  readonly onData: (data: Out) => Result | Error | undefined
  /**
   * Starts the job on the main thread; returns (or resolves to) a function that stops it, or the
   * Error that the job ends with when it cannot start.
   */
  readonly onMainThread: (
    settle: (outcome: Result | Error) => void,
  ) => (() => void) | Error | Promise<(() => void) | Error>
  /** The rejection of a stopped job (the UI ignores it). */
  readonly cancelled: () => Error
}

/**
 * Runs jobs on one reusable worker (a job started while it is busy gets a worker of its own,
 * dropped when done), or on the main thread when there is no worker or it fails to start. A job
 * settles once: later messages, errors and stops are ignored.
 */
export function createJobRunner<Request, Out extends { readonly id: number }>(
  createWorker: () => JobPort<ToJobWorker<Request>, Out> | null,
) {
  const idle: JobPort<ToJobWorker<Request>, Out>[] = []
  let nextId = 1
  return function run<Result>(request: Request, spec: JobSpec<Result, Out>): Job<Result> {
    let stop = () => {}
    let isSettled = false
    let settle: (outcome: Result | Error) => void = () => {}
    const promise = new Promise<Result>((resolve, reject) => {
      settle = (outcome) => {
        settle = () => {}
        isSettled = true
        stop()
        if (outcome instanceof Error) reject(outcome)
        else resolve(outcome)
      }
    })
    const onMainThread = () => {
      const adopt = (started: (() => void) | Error) => {
        if (started instanceof Error) settle(started)
        else if (isSettled) started()
        else stop = started
      }
      const started = spec.onMainThread((outcome) => settle(outcome))
      if (started instanceof Promise) void started.then(adopt)
      else adopt(started)
    }
    const worker = idle.pop() ?? createWorker()
    if (!worker) onMainThread()
    else {
      const id = nextId++
      const release = () => {
        worker.onmessage = null
        worker.onerror = null
        if (idle.length === 0) idle.push(worker)
        else worker.terminate()
      }
      stop = () => {
        worker.postMessage({ type: 'cancel', id })
        release()
      }
      worker.onmessage = ({ data }) => {
        if (data.id !== id) return // a late message of an earlier job on this worker
        const outcome = spec.onData(data)
        if (outcome !== undefined) settle(outcome)
      }
      // The worker could not start (blocked, unsupported): drop it and finish here instead.
      worker.onerror = () => {
        worker.terminate()
        stop = () => {}
        onMainThread()
      }
      worker.postMessage({ type: 'compute', id, ...request })
    }
    return { promise, stop: () => settle(spec.cancelled()) }
  }
}

/** Keeps `value` under `key`, dropping the oldest entry beyond `size` entries. */
export function remember<V>(cache: Map<string, V>, key: string, value: V, size: number) {
  cache.set(key, value)
  const oldest = cache.keys().next().value
  if (cache.size > size && oldest !== undefined) cache.delete(oldest)
}

/**
 * What a job runs on (a surface, a model), found by its id, or why it cannot run: nothing has that
 * id, or else the request's `problem`, asked only once the thing is found.
 */
export function jobTarget<T extends object>(
  kind: string,
  id: string,
  find: (id: string) => T | undefined,
  problem: () => string | null,
): T | string {
  const target = find(id)
  if (!target) return `unknown ${kind} "${id}"`
  return problem() ?? target
}

/**
 * A worker's message loop without the worker: feed it each incoming message. One job at a time;
 * a newer 'compute' or a matching 'cancel' stops the current one. `begin` starts a job and
 * returns how to stop it, or why it cannot run (posted back as a JobFailure).
 */
export function createJobHandler<Request>(
  post: (message: JobFailure, transfer: ArrayBuffer[]) => void,
  begin: (
    message: { readonly id: number } & Request,
    finished: () => void,
  ) => (() => void) | string,
): (message: ToJobWorker<Request>) => void {
  let current: { id: number; cancel: () => void } | null = null
  return (message) => {
    if (message.type === 'cancel') {
      if (current && current.id === message.id) {
        current.cancel()
        current = null
      }
      return
    }
    current?.cancel()
    current = null
    const { id } = message
    const job = { id, cancel: () => {} }
    const outcome = begin(message, () => {
      if (current === job) current = null
    })
    if (typeof outcome === 'string') post({ type: 'error', id, message: outcome }, [])
    else {
      job.cancel = outcome
      current = job
    }
  }
}
