import type { DateLike } from '../core/model'

export interface FarolFormatters {
  /** e.g. "27/09/2024, 14:51" in pt-BR. */
  formatDateTime: (date: DateLike) => string
  /** e.g. "14:00" in pt-BR, "2:00 PM" in en. */
  formatTime: (date: DateLike) => string
  /** e.g. "27/09/2024". */
  formatDate: (date: DateLike) => string
  /** e.g. "há 5 minutos" in pt-BR, "5 minutes ago" in en. */
  formatRelative: (date: DateLike, now?: Date) => string
  /** Whether two instants fall on the same calendar day in the zone the dates are printed in. */
  sameDay: (a: Date, b: Date) => boolean
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
// The largest unit the distance reaches; under a minute reads as "now".
const RELATIVE_UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
]

export function toDate(value: DateLike | null | undefined): Date | undefined {
  if (value === null || value === undefined) return undefined
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

// Building Intl formatters is the costliest part of rendering a farol component;
// they depend only on the locale, so every component shares one set per locale.
const formattersByLocale = new Map<string, FarolFormatters>()
const serverFormattersByLocale = new Map<string, FarolFormatters>()

function cached(
  cache: Map<string, FarolFormatters>,
  locale: string,
  create: (locale: string) => FarolFormatters,
): FarolFormatters {
  let formatters = cache.get(locale)
  if (!formatters) {
    formatters = create(locale)
    if (cache.size < 50) cache.set(locale, formatters)
  }
  return formatters
}

/** The shared formatters for a locale (created on first use). */
export const formattersFor = (locale: string) =>
  cached(formattersByLocale, locale, createFormatters)

/**
 * Formatters whose output depends on nothing but the date: UTC, named, and no "5 minutes
 * ago" (absolute instead). A server render and the browser's hydration of it run in other
 * time zones and at other instants; with these they print the same text, and React has
 * no mismatch to report. Components switch to `formattersFor` right after hydration.
 */
export const serverFormattersFor = (locale: string) =>
  cached(serverFormattersByLocale, locale, createServerFormatters)

function createServerFormatters(locale: string): FarolFormatters {
  const utc = { timeZone: 'UTC' } as const
  const clock = { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' } as const
  const day = { day: '2-digit', month: '2-digit', year: 'numeric' } as const
  const dateTime = format(new Intl.DateTimeFormat(locale, { ...utc, ...day, ...clock }))
  return {
    formatDateTime: dateTime,
    formatTime: format(new Intl.DateTimeFormat(locale, { ...utc, ...clock })),
    formatDate: format(new Intl.DateTimeFormat(locale, { ...utc, ...day })),
    formatRelative: dateTime,
    sameDay: (a, b) => a.toISOString().slice(0, 10) === b.toISOString().slice(0, 10),
  }
}

const format = (formatter: Intl.DateTimeFormat) => (value: DateLike) => {
  const date = toDate(value)
  return date ? formatter.format(date) : ''
}

export function createFormatters(locale: string): FarolFormatters {
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' })
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' })
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'short' })
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  // A list formats the same few distances ("há 5 minutos") for every row.
  const relativeTexts = new Map<string, string>()
  const formatRelativeUnit = (amount: number, unit: Intl.RelativeTimeFormatUnit) => {
    const key = `${amount} ${unit}`
    let text = relativeTexts.get(key)
    if (text === undefined) {
      if (relativeTexts.size > 200) relativeTexts.clear()
      relativeTexts.set(key, (text = relative.format(amount, unit)))
    }
    return text
  }
  return {
    formatDateTime: format(dateTime),
    formatTime: format(time),
    formatDate: format(day),
    sameDay: (a, b) => a.toDateString() === b.toDateString(),
    formatRelative: (value, now = new Date()) => {
      const date = toDate(value)
      if (!date) return ''
      const diff = date.getTime() - now.getTime()
      const unit = RELATIVE_UNITS.find(([, size]) => Math.abs(diff) >= size)
      return unit
        ? formatRelativeUnit(Math.round(diff / unit[1]), unit[0])
        : formatRelativeUnit(0, 'second')
    },
  }
}
