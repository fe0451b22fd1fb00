interface ProgressBarProps {
  /** 0..1 */
  readonly value: number
  readonly valueText: string
  readonly element: string
  readonly label?: string
  readonly labelledBy?: string
}

/**
 * A `role="progressbar"` (0–100). The fill is drawn by the stylesheet from
 * `--mu-progress` (0..1), which is set through the CSSOM, so a strict
 * `style-src` CSP needs no `unsafe-inline`.
 */
export function ProgressBar({ value, valueText, element, label, labelledBy }: ProgressBarProps) {
  return (
    <div
      ref={(node) => node?.style.setProperty('--mu-progress', String(value))}
      role="progressbar"
      aria-valuenow={Math.round(value * 100)}
      aria-valuetext={valueText}
      aria-label={label}
      aria-labelledby={labelledBy}
      data-mu-element={element}
    />
  )
}
