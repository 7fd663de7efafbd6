/** Cells done of the request with this key (another key's count reads as 0). */
export interface ProgressStore {
  readonly get: () => { readonly key: string; readonly done: number }
  readonly set: (key: string, done: number) => void
  readonly subscribe: (listener: () => void) => () => void
}

/**
 * A tiny external store for the computation's progress: only the progress bar subscribes, so the
 * dozens of progress reports per second re-render the bar and never the map or its overlay.
 */
export function createProgressStore(): ProgressStore {
  let value = { key: '', done: 0 }
  const listeners = new Set<() => void>()
  return {
    get: () => value,
    set(key, done) {
      value = { key, done }
      listeners.forEach((l) => l())
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
