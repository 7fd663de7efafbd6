// `story=N` and `storystep=N` in links: parsed, clamped with a notice, written back unchanged.
import { describe, expect, test } from 'vitest'
import { STORY_LENGTH } from '../../src/state/params'
import { STORY_STEPS } from '../../src/state/storySteps'
import { parseParams, serializeParams } from '../../src/state/urlParams'

describe('the story in a link', () => {
  test('the story has STORY_LENGTH steps, so links and steps agree', () => {
    expect(STORY_STEPS).toHaveLength(STORY_LENGTH)
  })

  test('story=3 opens the whole story at step 3 with the step’s own state', () => {
    const { display, notices } = parseParams('story=3')
    expect(display.story).toEqual({ step: 3, isSingle: false })
    expect(notices).toEqual([])
  })

  test('storystep=2 in an embed: that step alone', () => {
    const { display } = parseParams('embed=1&storystep=2&runs=0,0.5')
    expect(display.story).toEqual({ step: 2, isSingle: true })
  })

  test('out of range or malformed steps are clamped or replaced, and said', () => {
    const high = parseParams('story=12')
    expect(high.display.story?.step).toBe(STORY_LENGTH)
    expect(high.notices.join(' ')).toContain('story=12 is above the maximum 8')
    const odd = parseParams('story=two')
    expect(odd.display.story?.step).toBe(1)
    expect(odd.notices.join(' ')).toContain("story 'two' is not a number")
  })

  test('no story: the display has none', () => {
    expect(parseParams('runs=0,0.9').display.story).toBeUndefined()
  })

  test.for(['story=4', 'storystep=5&embed=1', 'lr=0.018&runs=0,0.9&story=8'])(
    '%s round-trips',
    (query) => {
      const { params, display } = parseParams(query)
      const again = parseParams(serializeParams(params, display))
      expect(again.display).toEqual(display)
      expect(again.params).toEqual(params)
    },
  )
})
