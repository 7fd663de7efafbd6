import '@testing-library/jest-dom/vitest'
import { afterEach } from 'vitest'

// Unmount what a DOM test rendered, so the next test starts from an empty document.
if (typeof document !== 'undefined') {
  const { cleanup, configure } = await import('@testing-library/react')
  afterEach(cleanup)
  // Lazily loaded panels are transformed on first import here, which can take seconds.
  configure({ asyncUtilTimeout: 8000 })
}
