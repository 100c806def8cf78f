export { parseItem } from './parse-item'
export { ItemParseError } from './item-parse-error'
