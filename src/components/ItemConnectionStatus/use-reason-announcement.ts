import { useState } from 'react'

/**
 * The reason to announce: none on the first render, then the new reason each
 * time it changes (tracked during render, React's pattern for derived state).
 */
export function useReasonAnnouncement(reason: string): string | undefined {
  const [tracked, setTracked] = useState<{ reason: string; announced?: string }>({ reason })
  if (tracked.reason !== reason) {
    setTracked({ reason, announced: reason })
  }
  return tracked.reason === reason ? tracked.announced : reason
}
