/**
 * An enum-like union that stays open: Pluggy adds values over time and its own
 * SDKs disagree on the lists, so an unknown value is data, not an error.
 */
export type Open<T extends string> = T | (string & {})

/** A date as it arrives: an ISO-8601 string on the wire, a `Date` from pluggy-sdk. */
export type DateLike = string | Date
