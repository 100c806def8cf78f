/** A QR-looking picture (not scannable) as an SVG data URL, made here so stories need no asset. */
export const SAMPLE_QR = (() => {
  const size = 25
  let seed = 20260720
  let cells = ''
  const finder = (x: number, y: number) =>
    `<rect x="${x}" y="${y}" width="7" height="7"/><rect x="${x + 1}" y="${y + 1}" width="5" height="5" fill="#fff"/><rect x="${x + 2}" y="${y + 2}" width="3" height="3"/>`
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const inFinder = (x < 8 && y < 8) || (x > size - 9 && y < 8) || (x < 8 && y > size - 9)
      seed = (seed * 1103515245 + 12345) % 2147483648
      if (!inFinder && seed % 3 === 0) cells += `<rect x="${x}" y="${y}" width="1" height="1"/>`
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-2 -2 ${size + 4} ${size + 4}" width="200" height="200"><rect x="-2" y="-2" width="${size + 4}" height="${size + 4}" fill="#fff"/>${finder(0, 0)}${finder(size - 7, 0)}${finder(0, size - 7)}${cells}</svg>`
  return `data:image/svg+xml;base64,${btoa(svg)}`
})()
