/** Splits an announce threshold into the unit its sentence needs: 120 → 2 minutes. */
export function thresholdParts(seconds: number): { unit: 'minutes' | 'seconds'; count: number } {
  return seconds >= 60 && seconds % 60 === 0
    ? { unit: 'minutes', count: seconds / 60 }
    : { unit: 'seconds', count: seconds }
}
