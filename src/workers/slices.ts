/**
 * Runs `unit(i)` for i = 0 … total − 1 a few at a time, yielding with setTimeout between slices
 * so messages (in a worker) or input and frames (on the main thread) get through. A slice runs
 * units until it has taken `sliceMs`, and always at least one, so that a slice shorter than a unit
 * still makes progress. `afterSlice(done)` follows each slice; the last one has done === total.
 * Returns a cancel function: after it is called, nothing more runs.
 */
export function runInSlices(
  total: number,
  sliceMs: number,
  unit: (i: number) => void,
  afterSlice: (done: number) => void,
): () => void {
  let done = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const slice = () => {
    const t0 = performance.now()
    while (done < total) {
      unit(done)
      done++
      if (performance.now() - t0 >= sliceMs) break
    }
    // Scheduled before the callback, so that a cancel from within it stops the next slice too.
    if (done < total) timer = setTimeout(slice, 0)
    afterSlice(done)
  }
  timer = setTimeout(slice, 0)
  return () => clearTimeout(timer)
}
