// @vitest-environment jsdom
// A formula shows its plain text at once, then KaTeX's typesetting with MathML for screen readers.
import { render, screen, waitFor } from '@testing-library/react'
import { expect, test } from 'vitest'
import { Tex } from '../../../src/ui/math/Tex'

test('plain text first, then MathML typeset by KaTeX in place of it', async () => {
  const { container } = render(<Tex tex={String.raw`w - \alpha\,g`} text="w − α g" />)
  expect(screen.getByText('w − α g')).toBeInTheDocument()
  await waitFor(() => expect(container.querySelector('math')).not.toBeNull())
  expect(container.querySelector('math annotation')).toHaveTextContent(String.raw`w - \alpha\,g`)
  expect(screen.queryByText('w − α g')).toBeNull()
})

test('a TeX mistake is shown in place, never thrown', async () => {
  const { container } = render(<Tex tex={String.raw`\frac{1}`} text="1/?" />)
  await waitFor(() => expect(container.querySelector('.katex-error, math')).not.toBeNull())
})
