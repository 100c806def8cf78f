// Inline images: the sandbox never touches the network.

/** A rounded square with the institution's initials, as a data: URL SVG. */
export function connectorLogo(initials: string, color: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">` +
    `<rect width="64" height="64" rx="14" fill="#${color}"/>` +
    `<text x="32" y="41" font-family="Arial,Helvetica,sans-serif" font-size="22" ` +
    `font-weight="700" text-anchor="middle" fill="#ffffff">${initials}</text></svg>`
  return `data:image/svg+xml,${encodeURIComponent(svg)}`
}

/** A 116×116 black-and-white PNG that looks like a QR code (it encodes nothing). */
export const SANDBOX_QR_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAHQAAAB0AQAAAAB84SuKAAAAkklEQVR42uXVsQ0FIQwDUG/g/bf0Bv6K0ZeOMr7yaMJrEImRgK8lfM8ASKRUpk2e0hkklVLbc6UXll/YpsCrv40zT/Ke78LJcY575LuyRAk0OmN6YgbamemEojtjNtMNK8uGJP/z3DqLOscWniDhNFb5vKdcp3N2CaU2zOTamhOqS58gwcc8Np55ikqwjT/9f/wAxAqPqdDk1OwAAAAASUVORK5CYII='
