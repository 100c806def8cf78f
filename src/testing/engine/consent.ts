/** The sandbox bank's consent page, on the HTTP server (`GET` shows it, `POST` answers it). */
export const CONSENT_PATH = '/sandbox/bank/consent'
