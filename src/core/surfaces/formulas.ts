import type { Surface } from './types'

// The built-in surfaces' formulas, as plain math and as LaTeX, apart from the surfaces
// themselves: nothing on the first paint reads them (today only the reference tests do), so they
// stay out of its bundle.
const PLAIN: Readonly<Record<string, string>> = {
  beale: '(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2',
  himmelblau: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
  ravine: '0.5*(x^2 + 100*y^2)',
  rosenbrock: '(1 - x)^2 + 100*(y - x^2)^2',
  'rotated-ravine': '4.82*(x - 1)^2 - 11.52*(x - 1)*(y + 0.5) + 8.18*(y + 0.5)^2',
  saddle: '0.25*(x^2 - 1)^2 + 0.5*y^2',
  'six-hump-camel': '(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2',
  'styblinski-tang': '0.5*(x^4 - 16*x^2 + 5*x + y^4 - 16*y^2 + 5*y)',
  wells:
    '0.05*(x^2 + y^2) - 3*exp(-((x - 2)^2 + (y - 2)^2)/2) - exp(-((x + 2)^2 + (y + 1.5)^2)/0.8) - 1.5*exp(-((x + 2.5)^2 + (y - 2.5)^2)/1.2)',
}

const LATEX: Readonly<Record<string, string>> = {
  beale: 'f(x,y)=(1.5-x+xy)^2+(2.25-x+xy^2)^2+(2.625-x+xy^3)^2',
  himmelblau: 'f(x,y)=(x^2+y-11)^2+(x+y^2-7)^2',
  ravine: 'f(x,y)=\\tfrac12\\left(x^2+100\\,y^2\\right)',
  rosenbrock: 'f(x,y)=(1-x)^2+100\\,(y-x^2)^2',
  'rotated-ravine': 'f(x,y)=4.82\\,(x-1)^2-11.52\\,(x-1)(y+0.5)+8.18\\,(y+0.5)^2',
  saddle: 'f(x,y)=\\tfrac14\\,(x^2-1)^2+\\tfrac12\\,y^2',
  'six-hump-camel': 'f(x,y)=\\left(4-2.1x^2+\\tfrac{x^4}{3}\\right)x^2+xy+(-4+4y^2)\\,y^2',
  'styblinski-tang': 'f(x,y)=\\tfrac12\\left(x^4-16x^2+5x+y^4-16y^2+5y\\right)',
  wells:
    'f(x,y)=0.05\\,(x^2+y^2)-3e^{-\\frac{(x-2)^2+(y-2)^2}{2}}-e^{-\\frac{(x+2)^2+(y+1.5)^2}{0.8}}-1.5\\,e^{-\\frac{(x+2.5)^2+(y-2.5)^2}{1.2}}',
}

/** A surface's formula as LaTeX: its own (custom and model surfaces), else the built-in one's. */
export function surfaceLatex(surface: Surface): string | undefined {
  return surface.latex ?? LATEX[surface.id]
}

/** A surface's formula in plain math (`^` a power): its own, else the built-in one's. */
export function surfaceFormula(surface: Surface): string | undefined {
  return surface.formula ?? PLAIN[surface.id]
}
