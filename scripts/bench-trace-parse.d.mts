export interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  tdur?: number
  args?: { name?: string }
}
export interface MainThreadTimes {
  busy: number
  script: number
  style: number
  layout: number
  paint: number
}
export declare const KINDS: Record<'script' | 'style' | 'layout' | 'paint', string[]>
export declare function rendererMain(events: TraceEvent[]): { pid: number; tid: number } | null
export declare function mainThreadTimes(
  events: TraceEvent[],
  thread: { pid: number; tid: number },
  from?: number,
  to?: number,
): MainThreadTimes
