/** The value stored under `key`, first storing `create()` there when there is none. */
export function getOrCreate<K, V>(
  map: { get(key: K): V | undefined; set(key: K, value: V): unknown },
  key: K,
  create: () => V,
): V {
  let value = map.get(key)
  if (value === undefined) map.set(key, (value = create()))
  return value
}
