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
    const { view, notices } = parseParams('story=3')
    expect(view.story).toEqual({ step: 3, isSingle: false })
    expect(notices).toEqual([])
  })

  test('storystep=2 in an embed: that step alone', () => {
    const { view } = parseParams('embed=1&storystep=2&runs=0,0.5')
    expect(view.story).toEqual({ step: 2, isSingle: true })
  })

  test('out of range or malformed steps are clamped or replaced, and said', () => {
    const high = parseParams('story=12')
    expect(high.view.story?.step).toBe(STORY_LENGTH)
    expect(high.notices.join(' ')).toContain('story=12 is above the maximum 8')
    const odd = parseParams('story=two')
    expect(odd.view.story?.step).toBe(1)
    expect(odd.notices.join(' ')).toContain("story 'two' is not a number")
  })

  test('no story: the view has none', () => {
    expect(parseParams('runs=0,0.9').view.story).toBeUndefined()
  })

  test.for(['story=4', 'storystep=5&embed=1', 'lr=0.018&runs=0,0.9&story=8'])(
    '%s round-trips',
    (query) => {
      const { params, view } = parseParams(query)
      const again = parseParams(serializeParams(params, view))
      expect(again.view).toEqual(view)
      expect(again.params).toEqual(params)
    },
  )
})
