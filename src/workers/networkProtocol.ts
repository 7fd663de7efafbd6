// The messages between the page and the digits-network worker, and what both sides agree on.
import type { NetworkEpoch } from '../core/network'
import type { ContourBand } from '../render/contours'
import type { Range } from '../core/surfaces'
import type { JobFailure, JobProgress, ToJobWorker } from './jobs'

/** One run to train: the update rule and its rates (torch's defaults fill the rest). */
export interface NetworkRunSpec {
  readonly lr: number
  readonly momentum: number
  readonly nesterov?: boolean
  readonly dampening?: number
  readonly rule?: 'heavy-ball' | 'ema'
}

/** Train these runs on the digits, project them on one plane, then its loss, coarse and refined. */
export interface NetworkRequest {
  /** The digits file, unzipped (label byte + 64 pixel bytes per image). */
  readonly bytes: Uint8Array
  readonly runs: readonly NetworkRunSpec[]
  readonly batchSize: number
  readonly epochs: number
  readonly seed: number
  /** Grid sides of the landscape: a coarse one first, then the refined one. */
  readonly coarse: number
  readonly refined: number
}

/** A trained run as the page draws it: epoch statistics and the path on the plane. */
export interface TrainedRun {
  readonly epochs: readonly NetworkEpoch[]
  /** x0, y0, x1, y1, …: plane coordinates of each weight snapshot. */
  readonly path: Float64Array
  /** The step of each snapshot. */
  readonly snapshotSteps: readonly number[]
  readonly stepsPerEpoch: number
  readonly divergedAt: number | null
}

/** Every run, and how much of their snapshots' variance the plane holds (0–1). */
export interface TrainedNetworks {
  readonly runs: readonly TrainedRun[]
  readonly explained: number
  /** The share of the variance along each axis of the plane (they add up to `explained`). */
  readonly axisShares: readonly [number, number]
}

/** The train loss sampled at cell centres over `domain` (nx × ny, row 0 on top, as sampleGrid). */
export interface Landscape {
  readonly level: 'coarse' | 'refined'
  readonly domain: { readonly x: Range; readonly y: Range }
  readonly nx: number
  readonly ny: number
  readonly values: Float64Array
  /** Its filled contour bands for a plot of PLANE_SIZE, computed in the worker too. */
  readonly bands: readonly ContourBand[]
}

/** The size of the plane's plot, in SVG units: the worker draws the contours for it. */
export const PLANE_SIZE = { width: 480, height: 360 } as const

/** What a finished job gives: the runs and both landscapes. */
export interface NetworkResult {
  readonly trained: TrainedNetworks
  readonly coarse: Landscape
  readonly refined: Landscape
}

/** Page → worker: compute (superseding any job in progress), or cancel one by id. */
export type ToNetworkWorker = ToJobWorker<NetworkRequest>

/** Worker → page, tagged with the request's id so stale messages can be dropped. */
export type FromNetworkWorker =
  | JobProgress
  | { readonly type: 'trained'; readonly id: number; readonly trained: TrainedNetworks }
  | { readonly type: 'landscape'; readonly id: number; readonly landscape: Landscape }
  | JobFailure

/** Bounds a request must respect (a bad message must not hang a worker). */
export const NETWORK_LIMITS = { runs: 6, epochs: 200, batch: 4096, side: 200 } as const

/** Why a request cannot be computed, or null when it can (the bytes are checked on parsing). */
export function networkProblem(r: NetworkRequest): string | null {
  const isInt = (v: number, lo: number, hi: number) => Number.isInteger(v) && v >= lo && v <= hi
  if (!(r.bytes instanceof Uint8Array)) return 'digits data missing'
  if (!Array.isArray(r.runs) || r.runs.length < 1 || r.runs.length > NETWORK_LIMITS.runs) {
    return `between 1 and ${NETWORK_LIMITS.runs} runs`
  }
  for (const run of r.runs) {
    if (!(Number.isFinite(run.lr) && run.lr > 0 && run.lr <= 100))
      return 'learning rate out of range'
    if (!(Number.isFinite(run.momentum) && run.momentum >= 0 && run.momentum < 1)) {
      return 'momentum out of range'
    }
  }
  if (!isInt(r.batchSize, 1, NETWORK_LIMITS.batch)) return 'batch size out of range'
  if (!isInt(r.epochs, 1, NETWORK_LIMITS.epochs)) return 'epochs out of range'
  if (!isInt(r.seed, 0, 2 ** 32 - 1)) return 'seed out of range'
  if (!isInt(r.coarse, 2, NETWORK_LIMITS.side) || !isInt(r.refined, 2, NETWORK_LIMITS.side)) {
    return 'grid size out of range'
  }
  return null
}

/** The cache key: everything a result depends on but the (fixed) data bytes. */
export function networkKey(r: NetworkRequest): string {
  return JSON.stringify([
    r.runs,
    r.batchSize,
    r.epochs,
    r.seed,
    r.coarse,
    r.refined,
    r.bytes.length,
  ])
}

/** The landscape's grid sides on the page: a quick coarse look, then the refined one. */
export const NETWORK_SIDES = { coarse: 20, refined: 56 } as const
