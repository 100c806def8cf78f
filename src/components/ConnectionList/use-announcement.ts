import { useEffect, useRef, useState } from 'react'

/**
 * What the list's live region says: `text` once it has held still for
 * `delayMs`, so a burst of changes (many items updating together) is
 * announced once, as its outcome. The text at mount is not announced.
 */
export function useSettledAnnouncement(text: string, delayMs = 1_000): string {
  const [announced, setAnnounced] = useState('')
  const initial = useRef<string | undefined>(text)
  useEffect(() => {
    if (initial.current === text) return
    initial.current = undefined
    const timer = setTimeout(() => setAnnounced(text), delayMs)
    return () => clearTimeout(timer)
  }, [text, delayMs])
  return announced
}
