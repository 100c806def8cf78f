// `import 'farol/styles.css'` is a side-effect import: TypeScript 6 checks that it
// resolves (noUncheckedSideEffectImports), and package.json "exports" points its types here.
export {}
