import type { InputHTMLAttributes } from 'react'

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'inputMode' | 'onChange'> & {
  readonly onNumber: (value: number) => void
}

/** A number input (numeric keypad) that hands on only numbers: empty text mid-edit changes nothing. */
export function NumberInput({ onNumber, ...props }: Props) {
  return (
    <input
      {...props}
      type="number"
      inputMode="numeric"
      onChange={(e) => {
        const v = Number(e.target.value)
        if (e.target.value !== '' && Number.isFinite(v)) onNumber(v)
      }}
    />
  )
}
