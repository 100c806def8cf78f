/**
 * A deep copy of a strings tree. i18next keeps the objects it is given and
 * merges later bundles into them, so farol never hands it a shared object (its
 * own locale modules, or a host's overrides).
 */
export function copyTree<T>(tree: T): T {
  if (typeof tree !== 'object' || tree === null) return tree
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(tree)) out[key] = copyTree(value)
  return out as T
}
