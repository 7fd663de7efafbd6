import { PNG } from '../fixtures/png'
import { describe, expect, test } from 'vitest'
import { createFrameRenderer } from '../../src/export/drawFrame'
import { rgbOf } from '../../src/export/gifWriter'
import { DEFAULT_OPTIONS, frameSteps, type AnimationOptions } from '../../src/export/options'
import { renderGif, renderPoster } from '../../src/export/renderAnimation'
import { countColor, decodeGif, differingPixels } from '../fixtures/decodeGif'
import { twoRunScene } from '../fixtures/exportScene'
import { skiaKit } from '../fixtures/skiaKit'

const options: AnimationOptions = { ...DEFAULT_OPTIONS, pace: { kind: 'duration', seconds: 2 } }
const scene = twoRunScene()
const gif = decodeGif(renderGif(scene, options, skiaKit))

// Each test draws dozens of frames: seconds on a busy machine.
describe('renderGif', { timeout: 60_000 }, () => {
  test('has the asked size and one frame per step of the timeline', () => {
    expect([gif.width, gif.height]).toEqual([640, 400])
    expect(gif.frames).toHaveLength(frameSteps(options, scene.total).length)
    expect(gif.frames).toHaveLength(30)
    expect(gif.loops).toBe(true)
  })

  test('successive frames differ while the runs move', () => {
    // The ravine's runs move on every step of the first two thirds of the race.
    for (let i = 1; i < 20; i++) {
      expect(differingPixels(gif.frames[i - 1]!, gif.frames[i]!), `frame ${i}`).toBeGreaterThan(0)
    }
  })

  test('the palette keeps each run in its own exact colour', () => {
    const last = gif.frames.at(-1)!
    for (const run of scene.runs) {
      const rgb = rgbOf(run.color)!
      expect(gif.palette.map((c) => Array.from(c))).toContainEqual(rgb)
      expect(countColor(last, rgb), run.label).toBeGreaterThan(200)
    }
    // …and no two runs share a palette entry.
    const [a, b] = scene.runs.map((r) => rgbOf(r.color)!.join())
    expect(a).not.toBe(b)
  })

  test('with six runs, each run is drawn in its own exact colour (none merged by the palette)', () => {
    const runs = [0, 0.3, 0.5, 0.7, 0.8, 0.9].map((momentum, i) => ({
      id: String(i),
      momentum,
      rule: 'heavy-ball' as const,
    }))
    const six = twoRunScene(null, runs)
    expect(six.runs).toHaveLength(6)
    const decoded = decodeGif(renderGif(six, options, skiaKit, undefined, [0, 40, six.total]))
    const palette = decoded.palette.map((c) => Array.from(c).join())
    for (const run of six.runs) {
      const rgb = rgbOf(run.color)!
      expect(palette, run.label).toContain(rgb.join())
      expect(countColor(decoded.frames.at(-1)!, rgb), run.label).toBeGreaterThan(20)
    }
  })

  test('the last frame is the poster (at 1×), up to the palette', async () => {
    const poster = PNG.decode(await renderPoster(scene, options, skiaKit, 1))
    expect([poster.width, poster.height]).toEqual([640, 400])
    const last = gif.frames.at(-1)!
    // Palettising moves anti-aliased edges by a little; the drawing itself is the same.
    expect(differingPixels(last, poster.data, 40)).toBeLessThan(0.01 * 640 * 400)
    // The first frame is not: the runs have not started.
    expect(differingPixels(gif.frames[0]!, poster.data, 40)).toBeGreaterThan(1000)
  })

  test('a frame over the cached still layer is the frame drawn whole', () => {
    const draw = (cached: boolean) => {
      const raster = skiaKit.create(640, 400)
      const renderer = createFrameRenderer(
        scene,
        options,
        skiaKit.makePath,
        cached ? skiaKit : undefined,
      )
      renderer.draw(raster.ctx, 0) // a first frame, so the cache is made before the one compared
      renderer.draw(raster.ctx, 120)
      return raster.pixels()
    }
    expect(differingPixels(draw(true), draw(false), 2)).toBe(0)
  })

  test('a GIF set to play once has no loop block', () => {
    const once = decodeGif(
      renderGif(scene, { ...options, loop: false }, skiaKit, undefined, [0, 5]),
    )
    expect(once.loops).toBe(false)
    expect(once.frames).toHaveLength(2)
  })
})
