// How the figures reach the workers: a job client (workers/jobClient.ts) behind a hook, so that
// render/ and ui/ ask for a result and never talk to a worker themselves.
import { useEffect, useRef, useState } from 'react'
import type { JobClient } from '../workers/jobClient'

/** A job client, or the way to load one whose code arrives on first use. */
export interface JobSource<Request, Result, Event = never> {
  /** The client once loaded (null before): its cache is read in the same render. */
  readonly get: () => JobClient<Request, Result, Event> | null
  readonly load: () => Promise<JobClient<Request, Result, Event>>
}

/** A client whose code (and worker) loads only when a figure first asks for a result. */
export function lazyJobs<Request, Result, Event = never>(
  load: () => Promise<JobClient<Request, Result, Event>>,
): JobSource<Request, Result, Event> {
  let client: JobClient<Request, Result, Event> | null = null
  return { get: () => client, load: async () => (client ??= await load()) }
}

/** Where the result of the current request stands. */
export type JobPhase = 'computing' | 'ready' | 'cancelled' | 'error'

/** The result of the current request once ready, and how to stop or start it again. */
export interface JobState<Result> {
  readonly phase: JobPhase
  readonly result: Result | null
  readonly error: string | null
  /** Stops the computation (phase 'cancelled' until retry or a new request). */
  readonly cancel: () => void
  readonly retry: () => void
}

interface Outcome<Request, Result> {
  readonly request: Request
  readonly attempt: number
  readonly phase: JobPhase
  readonly result: Result | null
  readonly error: string | null
}

/**
 * The result of `request` (null: none asked): from the client's cache in the same render, else
 * computed after it. A new request cancels the previous one, and so does unmounting; `onEvent`
 * (keep it stable) hears the job's progress. Pass a memoized request: its identity is its turn.
 */
export function useJob<Request, Result, Event = never>(
  source: JobSource<Request, Result, Event>,
  request: Request | null,
  onEvent?: (event: Event) => void,
): JobState<Result> {
  const [attempt, setAttempt] = useState(0)
  const [outcome, setOutcome] = useState<Outcome<Request, Result> | null>(null)
  const cancelRef = useRef<() => void>(() => {})
  const cached = request === null ? undefined : source.get()?.cached(request)

  useEffect(() => {
    if (request === null || source.get()?.cached(request) !== undefined) return
    let isOver = false // cancelled, or a newer request, or unmounted
    let stop = () => {}
    const settle = (phase: JobPhase, result: Result | null, error: string | null) =>
      isOver || setOutcome({ request, attempt, phase, result, error })
    void source.load().then((client) => {
      if (isOver) return
      const handle = client.request(request, onEvent)
      stop = handle.cancel
      handle.promise.then(
        (result) => settle('ready', result, null),
        // Our own cancel is the only one that rejects our promise: expected, and ignored.
        (e: unknown) => settle('error', null, e instanceof Error ? e.message : String(e)),
      )
    })
    const end = () => {
      isOver = true
      stop()
    }
    cancelRef.current = () => {
      settle('cancelled', null, null)
      end()
    }
    return end
  }, [source, request, attempt, onEvent])

  const current = outcome?.request === request && outcome.attempt === attempt ? outcome : null
  const result = cached ?? current?.result ?? null
  return {
    phase: result !== null ? 'ready' : (current?.phase ?? 'computing'),
    result,
    error: current?.error ?? null,
    cancel: () => cancelRef.current(),
    retry: () => setAttempt((a) => a + 1),
  }
}
