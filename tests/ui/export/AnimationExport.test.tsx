/** @vitest-environment jsdom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import type { ExportPort } from '../../../src/export/exportClient'
import { handleExport } from '../../../src/export/exportHandler'
import type { ExportMessage } from '../../../src/export/exportProtocol'
import { ExplorerProvider } from '../../../src/state/context'
import { AnimationExport } from '../../../src/ui/export/AnimationExport'
import { decodeGif } from '../../fixtures/decodeGif'
import { skiaKit } from '../../fixtures/skiaKit'
import { makeTwoRunStore } from '../../fixtures/twoRunStore'

// The worker, played by the real handler on Skia canvases; `held` keeps a job from answering.
const workers = vi.hoisted(() => ({ live: 0, held: false }))
vi.mock('../../../src/export/exportClient', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/export/exportClient')>()
  const make = (): ExportPort => {
    workers.live++
    let isAlive = true
    const port: ExportPort = {
      onmessage: null,
      onerror: null,
      postMessage: (request) => {
        if (workers.held && request.kind !== 'estimate') return
        const post = (data: ExportMessage) =>
          setTimeout(() => isAlive && port.onmessage?.({ data }), 0)
        setTimeout(() => void handleExport(request, skiaKit, post, null), 0)
      },
      terminate: () => {
        if (isAlive) workers.live--
        isAlive = false
      },
    }
    return port
  }
  return {
    ...real,
    startExport: (...a: Parameters<typeof real.startExport>) => real.startExport(a[0], a[1], make),
  }
})
const saved = vi.hoisted(() => [] as { name: string; data: Blob | string }[])
vi.mock('../../../src/ui/download', () => ({
  download: (name: string, data: Blob | string) => saved.push({ name, data }),
}))

function renderPanel() {
  return render(
    <ExplorerProvider store={makeTwoRunStore()}>
      <AnimationExport figureRoot={() => null} />
    </ExplorerProvider>,
  )
}

// jsdom's Blob has no arrayBuffer(); its FileReader reads one.
const bufferOf = (blob: Blob) =>
  new Promise<ArrayBuffer>((resolve) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as ArrayBuffer)
    reader.readAsArrayBuffer(blob)
  })

// The estimate renders a few frames on Skia: slower than a second on a busy machine.
const slow = { timeout: 10_000 }

const reducedMotion = (matches: boolean) => {
  window.matchMedia = ((query: string) => ({
    matches: matches && query.includes('reduce'),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  })) as unknown as typeof window.matchMedia
}

beforeEach(() => {
  saved.length = 0
  workers.held = false
})
// Unmounting the panel ends whatever job it still had: no worker is left behind.
afterEach(() => {
  cleanup()
  expect(workers.live).toBe(0)
})

describe('AnimationExport', () => {
  test.for([false, true])(
    'downloads a GIF named after the state, every frame of it (reduced motion: %s)',
    { timeout: 20_000 },
    async (isReduced) => {
      reducedMotion(isReduced)
      renderPanel()
      fireEvent.change(screen.getByRole('spinbutton', { name: 'Seconds' }), {
        target: { value: '1' },
      })
      await waitFor(
        () =>
          expect(screen.getByRole('status')).toHaveTextContent(
            /^About [\d.]+ [KM]?B: GIF, 15 frames\.$/,
          ),
        slow,
      )
      fireEvent.click(screen.getByRole('button', { name: 'Download GIF' }))
      await waitFor(() => expect(saved).toHaveLength(1), { timeout: 10_000 })
      expect(saved[0]!.name).toMatch(/^momentum-ravine-lr[\d.]+-b0-0\.9\.gif$/)
      const bytes = new Uint8Array(await bufferOf(saved[0]!.data as Blob))
      expect(decodeGif(bytes).frames).toHaveLength(15)
      expect(screen.getByRole('alert')).toHaveTextContent(/^Saved [\d.]+ [KM]?B\.$/)
    },
  )

  test('Cancel ends the job, terminates its worker and says so', async () => {
    workers.held = true
    renderPanel()
    fireEvent.click(screen.getByRole('button', { name: 'Poster PNG (2×)' }))
    expect(screen.getByRole('progressbar')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Download GIF' })).toBeDisabled()
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Cancelled.'), slow)
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
    expect(saved).toHaveLength(0)
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^About/), slow)
  })

  test('a video asked for where WebCodecs is missing says a GIF will be made', async () => {
    renderPanel()
    fireEvent.change(screen.getByRole('combobox', { name: 'Format' }), {
      target: { value: 'video' },
    })
    expect(screen.getByRole('checkbox', { name: /Loop/ })).toBeDisabled()
    await waitFor(
      () =>
        expect(screen.getByRole('status')).toHaveTextContent(
          /GIF, 90 frames\. This browser cannot encode video/,
        ),
      slow,
    )
  })
})
