// @vitest-environment jsdom
// Contours of an expensive surface arrive from the grid client and equal the synchronous ones.
import { renderHook, waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { getSurface } from '../../src/core'
import { getModel } from '../../src/core/models'
import { computeContours } from '../../src/render/contours'
import { makeScales } from '../../src/render/scales'
import { NO_CONTOURS, useAsyncContours } from '../../src/ui/useAsyncContours'

describe('useAsyncContours', () => {
  test('logreg: no bands at first, then exactly the bands of the main-thread computation', async () => {
    const surface = getModel('logreg')!.surface
    const domain = surface.domain
    const scales = makeScales(domain, 640, 400)
    const { result } = renderHook(() => useAsyncContours(surface, domain, scales))
    expect(result.current).toEqual({ contours: NO_CONTOURS, isPending: true })
    await waitFor(() => expect(result.current.isPending).toBe(false), { timeout: 10_000 })
    const direct = computeContours(surface, domain, scales)
    expect(result.current.contours.thresholds).toEqual(direct.thresholds)
    expect(result.current.contours.bands).toEqual(direct.bands)
    // A second plot of the same view gets the cached grid at once.
    const again = renderHook(() => useAsyncContours(surface, domain, scales))
    expect(again.result.current.isPending).toBe(false)
    expect(again.result.current.contours).toBe(result.current.contours)
  })

  test('an analytic surface is drawn at once, without the worker', () => {
    const surface = getSurface('ravine')!
    const scales = makeScales(surface.domain, 640, 400)
    const { result } = renderHook(() => useAsyncContours(surface, surface.domain, scales))
    expect(result.current.isPending).toBe(false)
    expect(result.current.contours.bands.length).toBeGreaterThan(5)
  })
})
