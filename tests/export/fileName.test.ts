import { expect, test } from 'vitest'
import { exportFileName } from '../../src/export/fileName'
import { defaultParams } from '../../src/state/params'

test('names the file after the surface, learning rate and momentum of each run', () => {
  const params = {
    ...defaultParams('ravine'),
    lr: 0.0195,
    runs: [
      { id: 'a', momentum: 0, rule: 'heavy-ball' as const },
      { id: 'b', momentum: 0.7, rule: 'heavy-ball' as const },
    ],
  }
  expect(exportFileName(params, 'gif')).toBe('momentum-ravine-lr0.0195-b0-0.7.gif')
  expect(exportFileName(params, 'png', 'poster')).toBe('momentum-ravine-lr0.0195-b0-0.7-poster.png')
})

test('keeps the URL suffixes of the update rules and nothing unsafe for a file system', () => {
  const params = {
    ...defaultParams('rosenbrock'),
    lr: 0.001,
    runs: [
      { id: 'a', momentum: 0.9, rule: 'nesterov' as const },
      { id: 'b', momentum: 0.5, rule: 'ema' as const },
    ],
  }
  const name = exportFileName(params, 'webm')
  expect(name).toBe('momentum-rosenbrock-lr0.001-b0.9n-0.5e.webm')
  expect(name).toMatch(/^[A-Za-z0-9._-]+$/)
})
