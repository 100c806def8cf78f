export { KNOWN_WARNINGS, type KnownWarning } from './known-warnings'
export { matchKnownWarning } from './match-known-warning'
