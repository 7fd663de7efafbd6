// What each preset shows, in a sentence or two: measured at its state (tests/state/presets.test.ts).
// Apart from PRESETS so the first paint does not carry the text: it shows under the results.

/** The story of each preset, by id. */
export const PRESET_STORIES: Readonly<Record<string, string>> = {
  zigzag:
    'Plain GD keeps bouncing across the steep direction; momentum 0.75 averages the bounces away, travels a quarter as far across and reaches the minimum about 7× sooner.',
  'near-limit':
    'At α = 0.018 GD’s zig-zag dies out fast. Momentum 0.9 turns back half as often, yet swings further across the valley in total; it still gets there 3× sooner.',
  'too-much':
    'At 0.97 the run overshoots the minimum along the valley again and again: it needs more steps than plain GD, and about 9× more than 0.75.',
  'too-little':
    'At 0.1 momentum barely helps (about 10 % fewer steps than GD); 0.75 is near its best at this learning rate.',
  banana:
    'Falling into the curved valley is quick; following its bend to (1, 1) is slow. Momentum 0.9 gets there within 1000 steps, plain GD does not.',
  'local-minima':
    'Plain GD stops in the shallow well; momentum 0.9 rolls through it into the deep one. Neither is “faster”: they end in different minima.',
  training:
    'Logistic regression on a raw feature, mini-batches of 40: after 30 epochs momentum has the lower training loss and the higher test accuracy, because plain GD has not finished training.',
  rules:
    'The same β = 0.9 in three update rules: Nesterov diverges this close to GD’s limit; the moving average, which is heavy ball at α·(1−β), is the slowest to arrive.',
}
