// The host's own stylesheet, declared the way TypeScript 6 asks of side-effect imports
// (allowArbitraryExtensions): no wildcard `declare module '*.css'`, which would also hide a
// missing declaration for 'farol/styles.css'.
export {}
