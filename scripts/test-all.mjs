// `npm test`: every suite in turn — typecheck, lint, unit/component (Vitest), build, browser e2e
// (Playwright on the system Chromium) — then one closing line `N passed, N failed` over all of them.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

mkdirSync('test-results', { recursive: true })
const totals = { passed: 0, failed: 0 }

function run(name, cmd, args) {
  console.log(`\n── ${name}: ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } })
  return r.status === 0
}

/** A suite that is one check (typecheck, lint, build). */
function check(name, cmd, args) {
  const ok = run(name, cmd, args)
  totals[ok ? 'passed' : 'failed']++
  return ok
}

/** A suite that reports its own test counts in a JSON file. */
function suite(name, cmd, args, report, count) {
  rmSync(report, { force: true })
  const ok = run(name, cmd, args)
  const counts = existsSync(report) ? count(JSON.parse(readFileSync(report, 'utf8'))) : null
  if (!counts) {
    totals.failed++ // the runner never got as far as reporting: count the suite as one failure
    return
  }
  totals.passed += counts.passed
  totals.failed += counts.failed + (ok || counts.failed > 0 ? 0 : 1)
}

check('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'])
check('lint', 'npm', ['run', '--silent', 'lint'])
suite(
  'unit and component tests',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'],
  'test-results/unit.json',
  (j) => ({ passed: j.numPassedTests, failed: j.numFailedTests }),
)
if (check('build', 'npm', ['run', '--silent', 'build'])) {
  check('bundle budget', 'node', ['scripts/budget.mjs'])
  suite('browser e2e', 'node', ['scripts/e2e.mjs'], 'test-results/e2e.json', (j) => ({
    passed: (j.stats?.expected ?? 0) + (j.stats?.flaky ?? 0),
    failed: j.stats?.unexpected ?? 0,
  }))
} else {
  totals.failed++ // no build, no browser tests
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed`)
process.exit(totals.failed === 0 ? 0 : 1)
