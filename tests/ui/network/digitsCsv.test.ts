import { expect, test } from 'vitest'
import { digitsCsv } from '../../../src/ui/network/digitsCsv'
import type { TrainedNetworks } from '../../../src/workers/networkProtocol'

const epoch = (e: number, trainLoss: number) => ({
  epoch: e,
  step: e * 10,
  trainLoss,
  trainAccuracy: 0.5,
  testLoss: 1,
  testAccuracy: 0.25,
})
const trained: TrainedNetworks = {
  runs: [
    {
      epochs: [epoch(0, 2.3), epoch(1, 1.1)],
      path: new Float64Array(4),
      snapshotSteps: [0, 10],
      stepsPerEpoch: 10,
      divergedAt: null,
    },
    {
      epochs: [epoch(0, 2.3), epoch(1, NaN)],
      path: new Float64Array(4),
      snapshotSteps: [0, 10],
      stepsPerEpoch: 10,
      divergedAt: null,
    },
  ],
  explained: 1,
  axisShares: [0.9, 0.1],
}

test('one row per run and epoch, labels quoted, nothing non-finite written', () => {
  expect(digitsCsv(trained, ['Gradient descent', 'Momentum "0.9"'])).toBe(
    [
      'run,epoch,train_loss,train_accuracy,test_loss,test_accuracy',
      '"Gradient descent",0,2.3,0.5,1,0.25',
      '"Gradient descent",1,1.1,0.5,1,0.25',
      '"Momentum ""0.9""",0,2.3,0.5,1,0.25',
      '"Momentum ""0.9""",1,,0.5,1,0.25',
      '',
    ].join('\n'),
  )
})
