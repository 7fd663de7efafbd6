import { useEffect, useRef, useState } from 'react'
import { ExportCancelled, startExport, type ExportJob } from '../../export/exportClient'
import type { ExportKind } from '../../export/exportProtocol'
import { exportFileName } from '../../export/fileName'
import { cleanOptions, DEFAULT_OPTIONS, type AnimationOptions } from '../../export/options'
import { useSchedule } from '../../state/context'
import { useStepCount, useSurface } from '../../state/hooks'
import { paramsOf } from '../../state/store'
import { download } from '../download'
import { AnimationOptionsForm } from './AnimationOptionsForm'
import { formatBytes } from './formatBytes'
import { pageScene } from './pageScene'

/** What the estimate line and the status line say. */
interface Running {
  readonly label: string
  readonly done: number
  readonly total: number
}

const SUFFIX: Record<ExportKind, string> = {
  animation: '',
  estimate: '',
  poster: 'poster',
  'before-after': 'before-after',
}

/**
 * GIF and video of the race, and poster stills, drawn in a worker from the page's own scales and
 * paths. A size estimate first, then a progress bar with Cancel. Reduced motion changes nothing:
 * a download was asked for.
 */
export function AnimationExport({ figureRoot }: { figureRoot: () => HTMLElement | null }) {
  const schedule = useSchedule()
  const surface = useSurface()
  const total = useStepCount()
  const [options, setOptions] = useState<AnimationOptions>(DEFAULT_OPTIONS)
  const [estimate, setEstimate] = useState<string | null>(null)
  const [running, setRunning] = useState<Running | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const job = useRef<ExportJob | null>(null)

  const scene = () =>
    pageScene(figureRoot(), schedule.store.getState(), surface, schedule.results.get(), total)

  const isBusy = running !== null
  // The estimate follows the options and the runs, a moment after they stop changing; a
  // download in progress ends it (Cancel then leaves no worker at all), and it runs again after
  // only if it had not finished for these options and runs.
  const estimated = useRef<{ options: AnimationOptions; results: unknown } | null>(null)
  useEffect(() => {
    if (isBusy) return
    let estimating: ExportJob | null = null
    const run = () => {
      const results = schedule.results.get()
      const last = estimated.current
      if (last?.options === options && last.results === results) return
      estimating?.cancel()
      estimating = startExport({ kind: 'estimate', scene: scene(), options })
      estimating.promise.then(
        (r) => {
          if (r.type !== 'estimate') return
          estimated.current = { options, results }
          const what = r.container === 'gif' ? 'GIF' : r.container === 'mp4' ? 'MP4' : 'WebM'
          const note = r.note ? ` ${r.note}` : ''
          // A video's figure is its bitrate's ceiling; the encoder often needs much less.
          const about = r.container === 'gif' ? 'About' : 'At most about'
          setEstimate(`${about} ${formatBytes(r.bytes)}: ${what}, ${r.frames} frames.${note}`)
        },
        (e: unknown) => {
          if (!(e instanceof ExportCancelled)) setEstimate(`No estimate: ${String(e)}`)
        },
      )
    }
    let timer = setTimeout(run, 250)
    const off = schedule.results.subscribe(() => {
      clearTimeout(timer)
      timer = setTimeout(run, 500)
    })
    return () => {
      off()
      clearTimeout(timer)
      estimating?.cancel()
    }
    // scene() reads the page when the timer fires; these are what change its answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [options, schedule, surface, total, isBusy])

  // Closing the panel (or the page) ends a running job and its worker.
  useEffect(() => () => job.current?.cancel(), [])

  const start = (kind: ExportKind, label: string) => {
    job.current?.cancel()
    setMessage(null)
    setRunning({ label, done: 0, total: 1 })
    const request = { kind, scene: scene(), options: cleanOptions(options) }
    const params = paramsOf(schedule.store.getState())
    // At most ten renders a second of the progress bar, and always the last frame's.
    let shownAt = 0
    const onProgress = (done: number, all: number) => {
      const now = performance.now()
      if (done < all && now - shownAt < 100) return
      shownAt = now
      setRunning({ label, done, total: all })
    }
    const current = startExport(request, onProgress)
    job.current = current
    current.promise.then(
      (r) => {
        if (r.type !== 'file') return
        const bytes = r.bytes.buffer as ArrayBuffer
        download(
          exportFileName(params, r.extension, SUFFIX[kind]),
          new Blob([bytes], { type: r.mime }),
        )
        setMessage(r.note ?? `Saved ${formatBytes(r.bytes.byteLength)}.`)
      },
      (e: unknown) => {
        setMessage(e instanceof ExportCancelled ? 'Cancelled.' : `Export failed: ${String(e)}`)
      },
    )
    void current.promise
      .catch(() => {})
      .finally(() => {
        if (job.current === current) job.current = null
        setRunning(null)
      })
  }

  const animation = options.format === 'gif' ? 'Download GIF' : 'Download video'
  return (
    <section className="me-export-animation" aria-label="Animation and posters">
      <AnimationOptionsForm options={options} onChange={setOptions} disabled={running !== null} />
      <p role="status">{estimate ?? 'Estimating the size…'}</p>
      <div role="group" aria-label="Animation downloads">
        <button
          type="button"
          disabled={running !== null}
          onClick={() => start('animation', animation)}
        >
          {animation}
        </button>
        <button type="button" disabled={running !== null} onClick={() => start('poster', 'Poster')}>
          Poster PNG (2×)
        </button>
        <button
          type="button"
          disabled={running !== null}
          onClick={() => start('before-after', 'Before/after')}
        >
          Before/after PNG
        </button>
      </div>
      {running && (
        <p>
          <label>
            {running.label}: frame {running.done} of {running.total}{' '}
            <progress max={Math.max(1, running.total)} value={running.done} />
          </label>{' '}
          <button type="button" onClick={() => job.current?.cancel()}>
            Cancel
          </button>
        </p>
      )}
      {message && <p role="alert">{message}</p>}
    </section>
  )
}
