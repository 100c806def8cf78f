/** The root class; each part's class is `<BLOCK>-<part>`. */
export const BLOCK = 'farol-ProductWarningList'
