/** A connector from the wire, or `undefined` when the body is not one. */
export { toConnector as parseConnector } from '../core/parse/connector'
