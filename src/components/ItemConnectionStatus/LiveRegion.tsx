import { visuallyHidden } from '../shared'

/**
 * The one polite live region of the composite. It is rendered from the start
 * (empty) so screen readers notice when its text changes.
 */
export function LiveRegion({ message }: { message: string }) {
  return (
    <div
      className="farol-ItemConnectionStatus-liveRegion"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      style={visuallyHidden}
    >
      {message}
    </div>
  )
}
