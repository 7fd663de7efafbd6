import { describe, expect, test } from 'vitest'
import { handleExport, type VideoMaker } from '../../src/export/exportHandler'
import {
  NO_VIDEO_NOTE,
  type ExportMessage,
  type ExportRequest,
} from '../../src/export/exportProtocol'
import { DEFAULT_OPTIONS, type AnimationOptions } from '../../src/export/options'
import { renderGif } from '../../src/export/renderAnimation'
import { flatten, type Scene } from '../../src/export/scene'
import { decodeGif } from '../fixtures/decodeGif'
import { twoRunScene } from '../fixtures/exportScene'
import { PNG } from '../fixtures/png'
import { skiaKit } from '../fixtures/skiaKit'

const scene = twoRunScene()
const short: AnimationOptions = { ...DEFAULT_OPTIONS, pace: { kind: 'duration', seconds: 1 } }

async function run(request: ExportRequest, video: VideoMaker | null = null) {
  const messages: ExportMessage[] = []
  await handleExport(request, skiaKit, (m) => messages.push(m), video)
  return messages
}
const last = (m: ExportMessage[]) => m.at(-1)!
// Each test draws and encodes dozens of frames: seconds on a busy machine, not milliseconds.
const SLOW = { timeout: 60_000 }

describe('handleExport', () => {
  test('an animation posts one progress message per frame, then the GIF', SLOW, async () => {
    const messages = await run({ kind: 'animation', scene, options: short })
    const progress = messages.filter((m) => m.type === 'progress')
    expect(progress).toHaveLength(15)
    expect(progress.at(-1)).toEqual({ type: 'progress', done: 15, total: 15 })
    const file = last(messages)
    expect(file.type === 'file' && file.mime).toBe('image/gif')
    if (file.type === 'file') expect(decodeGif(file.bytes).frames).toHaveLength(15)
  })

  test('a video where none can be encoded is a GIF, with a note saying so', SLOW, async () => {
    const file = last(
      await run({ kind: 'animation', scene, options: { ...short, format: 'video' } }),
    )
    expect(file).toMatchObject({ type: 'file', mime: 'image/gif', note: NO_VIDEO_NOTE })
  })

  test('a video where one can be encoded comes from the video maker', SLOW, async () => {
    const video: VideoMaker = {
      estimate: async () => ({ bytes: 1234, container: 'webm' }),
      render: async (_, onProgress) => {
        onProgress(1, 1)
        return { bytes: new Uint8Array([1, 2, 3]), mime: 'video/webm', extension: 'webm' }
      },
    }
    const options = { ...short, format: 'video' as const }
    expect(last(await run({ kind: 'animation', scene, options }, video))).toMatchObject({
      type: 'file',
      mime: 'video/webm',
      note: null,
    })
    expect(last(await run({ kind: 'estimate', scene, options }, video))).toEqual({
      type: 'estimate',
      bytes: 1234,
      frames: 15,
      container: 'webm',
      note: null,
    })
  })

  test('the GIF estimate is within a factor of two of the GIF', SLOW, async () => {
    const options = { ...DEFAULT_OPTIONS, pace: { kind: 'duration' as const, seconds: 3 } }
    const estimate = last(await run({ kind: 'estimate', scene, options }))
    const actual = renderGif(scene, options, skiaKit).length
    expect(estimate.type).toBe('estimate')
    if (estimate.type !== 'estimate') return
    expect(estimate.frames).toBe(45)
    expect(estimate.bytes / actual).toBeGreaterThan(0.5)
    expect(estimate.bytes / actual).toBeLessThan(2)
  })

  test(
    'the poster is the last frame at 2×; the before/after still is two frames wide',
    SLOW,
    async () => {
      for (const [kind, size] of [
        ['poster', [1280, 800]],
        ['before-after', [2560, 800]],
      ] as const) {
        const file = last(await run({ kind, scene, options: short }))
        expect(file.type === 'file' && file.mime).toBe('image/png')
        if (file.type !== 'file') continue
        const png = PNG.decode(file.bytes)
        expect([png.width, png.height], kind).toEqual(size)
      }
    },
  )

  test(
    'a diverged run (Infinity, NaN) and typed-in nonsense still make a valid GIF',
    SLOW,
    async () => {
      const bad: Scene = {
        ...scene,
        runs: [
          ...scene.runs,
          {
            label: 'Momentum 0.999',
            color: '#CC79A7',
            marker: 'triangle',
            points: flatten([
              [-1, 1],
              [1e200, -1e200],
              [Infinity, NaN],
            ]),
          },
        ],
      }
      const options = {
        ...short,
        width: NaN,
        fps: -3,
        pace: { kind: 'duration' as const, seconds: NaN },
      }
      const file = last(await run({ kind: 'animation', scene: bad, options }))
      expect(file.type).toBe('file')
      if (file.type === 'file') expect(decodeGif(file.bytes).width).toBe(640)
    },
  )
})
