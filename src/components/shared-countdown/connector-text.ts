import type { FarolKey, FarolTranslate } from '../../i18n'

type WithoutGeneric<K> = K extends `${infer Base}Generic` ? Base : never

/** Keys that take `{{connectorName}}` and have a `…Generic` twin for when it is unknown. */
export type ConnectorKey = Extract<WithoutGeneric<FarolKey>, FarolKey>

/** The text naming the connector, or its generic twin ("seu banco") without a name. */
export function connectorText(
  t: FarolTranslate,
  key: ConnectorKey,
  connectorName: string | undefined,
): string {
  return connectorName ? t(key, { connectorName }) : t(`${key}Generic` as FarolKey)
}
