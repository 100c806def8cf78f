/**
 * Copies `text`: the async Clipboard API first; when it is missing or denied, the
 * legacy selection + `execCommand('copy')`. Either way `node`'s text is left
 * selected on failure, so the user can copy it by hand. Never throws.
 */
export async function copyText(text: string, node: HTMLElement | null): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // Denied or not allowed here (insecure context, iframe policy): try the fallback.
  }
  return copyBySelection(node)
}

function copyBySelection(node: HTMLElement | null): boolean {
  if (!node || typeof window === 'undefined') return false
  const selection = window.getSelection()
  if (!selection) return false
  const range = document.createRange()
  range.selectNodeContents(node)
  selection.removeAllRanges()
  selection.addRange(range)
  try {
    return typeof document.execCommand === 'function' && document.execCommand('copy')
  } catch {
    return false
  }
}
