import type { CSSProperties } from 'react'

/**
 * Hidden on screen, read by screen readers. Inline so it works without farol's CSS
 * (a style attribute, not an injected stylesheet).
 */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
}
