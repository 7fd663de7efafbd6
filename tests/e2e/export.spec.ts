// GIF, video and posters downloaded from the built page and the custom element, under the strict
// CSP, and decoded here: size, frame count, frames that change while the runs move, run colours.
import { expect, test, type Download, type Locator, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { serveCsp } from '../../scripts/serve-csp.mjs'
import { countColor, decodeGif, differingPixels } from '../fixtures/decodeGif'
import { readVideo, videoPackets } from '../fixtures/decodeVideo'

let server: Awaited<ReturnType<typeof serveCsp>>
test.beforeAll(async () => {
  server = await serveCsp()
})
test.afterAll(async () => {
  await server.close()
})

const RUN_COLORS = [
  [213, 94, 0],
  [0, 114, 178],
]

const bytesOf = async (d: Download) => new Uint8Array(await readFile((await d.path()) as string))

/** Opens the animation panel of the Download menu under `root` and sets a short duration. */
async function openPanel(root: Locator, seconds = '2') {
  await root.getByRole('button', { name: 'GIF, video, posters…' }).click()
  const panel = root.getByRole('region', { name: 'Animation and posters' })
  await panel.getByRole('spinbutton', { name: 'Seconds' }).fill(seconds)
  await expect(panel.getByRole('status')).toHaveText(/^About [\d.]+ [KM]?B: GIF, \d+ frames/, {
    timeout: 20_000,
  })
  return panel
}

async function saved(page: Page, panel: Locator, button: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    panel.getByRole('button', { name: button }).click(),
  ])
  return download
}

/** The GIF the panel downloads, decoded, after its checks: size, frames, change, colours. */
async function checkGif(download: Download, frames: number) {
  expect(download.suggestedFilename()).toMatch(/^momentum-ravine-lr[\d.]+-b0-0\.9\.gif$/)
  const gif = decodeGif(await bytesOf(download))
  expect([gif.width, gif.height]).toEqual([640, 400])
  expect(gif.frames).toHaveLength(frames)
  for (let i = 1; i < frames * 0.6; i++) {
    expect(differingPixels(gif.frames[i - 1]!, gif.frames[i]!), `frame ${i}`).toBeGreaterThan(0)
  }
  for (const rgb of RUN_COLORS) expect(countColor(gif.frames.at(-1)!, rgb)).toBeGreaterThan(200)
  return gif
}

// A worker ends a moment after it is terminated; a busy machine makes that moment longer.
const noWorkers = (page: Page, only = /./) =>
  expect
    .poll(() => page.workers().filter((w) => only.test(w.url())).length, { timeout: 20_000 })
    .toBe(0)

test('the page downloads a GIF of the race, then leaves no worker running', async ({ page }) => {
  test.setTimeout(90_000)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${server.url}?surface=ravine&runs=0,0.9`)
  await page.getByText('Share, embed, download').click()
  const panel = await openPanel(page.locator('.me-share-panel'))
  await checkGif(await saved(page, panel, 'Download GIF'), 30)
  await expect(panel.getByRole('alert')).toHaveText(/^Saved [\d.]+ [KM]?B\.$/)
  await noWorkers(page)
  expect(errors).toEqual([])
})

test('reduced motion changes nothing: the GIF still has every frame', async ({ page }) => {
  test.setTimeout(90_000)
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(`${server.url}?surface=ravine&runs=0,0.9`)
  await page.getByText('Share, embed, download').click()
  const panel = await openPanel(page.locator('.me-share-panel'))
  await checkGif(await saved(page, panel, 'Download GIF'), 30)
})

test('the page downloads a video (MP4 where H.264 encodes, else WebM)', async ({ page }) => {
  test.setTimeout(90_000)
  await page.goto(`${server.url}?surface=ravine&runs=0,0.9`)
  await page.getByText('Share, embed, download').click()
  const panel = await openPanel(page.locator('.me-share-panel'))
  await panel.getByRole('combobox', { name: 'Format' }).selectOption('video')
  await expect(panel.getByRole('status')).toHaveText(
    /^At most about [\d.]+ [KM]?B: (MP4|WebM), 30 frames/,
  )
  const download = await saved(page, panel, 'Download video')
  const name = download.suggestedFilename()
  expect(name).toMatch(/^momentum-ravine-lr[\d.]+-b0-0\.9\.(mp4|webm)$/)
  const video = await readVideo(await bytesOf(download))
  expect(video.mime).toBe(name.endsWith('.mp4') ? 'video/mp4' : 'video/webm')
  expect(video.codec).toMatch(name.endsWith('.mp4') ? /^avc$/ : /^vp[89]$/)
  expect([video.width, video.height]).toEqual([640, 400])
  expect(video.frames).toBe(30)
  // 2 s of race at 15 fps, then the finished race held for 1.5 s.
  expect(video.duration).toBeCloseTo(29 / 15 + 1.5, 1)
  await noWorkers(page)
  // Decoded by the browser's WebCodecs (the file's own packets, demuxed here): frames change
  // while the runs move, and the end holds the finished race: more of momentum's blue.
  const { config, packets } = await videoPackets(await bytesOf(download))
  const seen = await page.evaluate(
    async ({ config, packets, picks }) => {
      const frames: Uint8ClampedArray[] = []
      const canvas = new OffscreenCanvas(config.codedWidth, config.codedHeight)
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!
      let index = 0
      const decoder = new VideoDecoder({
        output: (frame) => {
          if (picks.includes(index++)) {
            ctx.drawImage(frame, 0, 0)
            frames.push(ctx.getImageData(0, 0, canvas.width, canvas.height).data)
          }
          frame.close()
        },
        error: (e) => {
          throw e
        },
      })
      decoder.configure({
        codec: config.codec,
        codedWidth: config.codedWidth,
        codedHeight: config.codedHeight,
        ...(config.description ? { description: new Uint8Array(config.description) } : {}),
      })
      for (const p of packets) {
        const type = p.key ? 'key' : 'delta'
        const data = new Uint8Array(p.data)
        decoder.decode(new EncodedVideoChunk({ type, timestamp: p.timestamp * 1e6, data }))
      }
      await decoder.flush()
      // Lossy: pixels that moved by more than 16 in a channel, and pixels near the run's blue.
      const changed = (p: Uint8ClampedArray, q: Uint8ClampedArray) => {
        let n = 0
        for (let i = 0; i < p.length; i += 4)
          if ([0, 1, 2].some((k) => Math.abs(p[i + k]! - q[i + k]!) > 16)) n++
        return n
      }
      const blue = (p: Uint8ClampedArray) => {
        let n = 0
        for (let i = 0; i < p.length; i += 4)
          if (Math.abs(p[i]! - 0) + Math.abs(p[i + 1]! - 114) + Math.abs(p[i + 2]! - 178) < 40) n++
        return n
      }
      return {
        decoded: index,
        changes: frames.slice(1).map((f, i) => changed(frames[i]!, f)),
        blue: frames.map(blue),
      }
    },
    { config, packets, picks: [1, 5, 10, 29] },
  )
  expect(seen.decoded).toBe(30)
  expect(seen.changes[0]).toBeGreaterThan(100)
  expect(seen.changes[1]).toBeGreaterThan(100)
  expect(seen.blue[3]).toBeGreaterThan(seen.blue[0]!)
})

test('Cancel stops a long export and its worker', async ({ page }) => {
  test.setTimeout(90_000)
  await page.goto(`${server.url}?surface=ravine&runs=0,0.9`)
  await page.getByText('Share, embed, download').click()
  const panel = await openPanel(page.locator('.me-share-panel'), '30')
  await panel.getByRole('combobox', { name: 'Size' }).selectOption('1200x750')
  await panel.getByRole('combobox', { name: 'Frame rate' }).selectOption('30')
  // The estimate for these options is done, so nothing but the export itself runs from here.
  await expect(panel.getByRole('status')).toHaveText(/GIF, 900 frames/, { timeout: 30_000 })
  await noWorkers(page)
  await panel.getByRole('button', { name: 'Download GIF' }).click()
  await expect(panel.getByRole('progressbar')).toBeVisible()
  await expect.poll(() => page.workers().length).toBeGreaterThan(0)
  await panel.getByRole('button', { name: 'Cancel' }).click()
  await expect(panel.getByRole('alert')).toHaveText('Cancelled.')
  await expect(panel.getByRole('progressbar')).toHaveCount(0)
  await noWorkers(page)
})

test('posters: the final frame at 2× and a before/after still', async ({ page }) => {
  test.setTimeout(90_000)
  await page.goto(`${server.url}?surface=ravine&runs=0,0.9`)
  await page.getByText('Share, embed, download').click()
  const panel = await openPanel(page.locator('.me-share-panel'))
  const size = async (d: Download) => {
    const png = Buffer.from(await bytesOf(d))
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    return [png.readUInt32BE(16), png.readUInt32BE(20)]
  }
  const poster = await saved(page, panel, 'Poster PNG (2×)')
  expect(poster.suggestedFilename()).toMatch(/-poster\.png$/)
  expect(await size(poster)).toEqual([1280, 800])
  const both = await saved(page, panel, 'Before/after PNG')
  expect(both.suggestedFilename()).toMatch(/-before-after\.png$/)
  expect(await size(both)).toEqual([2560, 800])
})

test('the custom element downloads a GIF from its Download menu', async ({ page }) => {
  test.setTimeout(90_000)
  await page.goto(`${server.url}article.html`)
  const element = page.locator('momentum-explorer').first()
  await expect(element.locator('path[data-trajectory]').first()).toBeAttached()
  await element.getByText('Download', { exact: true }).click()
  const panel = await openPanel(element)
  const gif = decodeGif(await bytesOf(await saved(page, panel, 'Download GIF')))
  expect([gif.width, gif.height]).toEqual([640, 400])
  expect(gif.frames).toHaveLength(30)
  expect(differingPixels(gif.frames[0]!, gif.frames[10]!)).toBeGreaterThan(0)
  // The article's story steps run workers of their own (the tuning map, a model's contours).
  await noWorkers(page, /export\.worker/)
})
