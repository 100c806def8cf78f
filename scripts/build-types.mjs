// `.d.ts` files (with declaration maps) for dist/types, as `tsc -p tsconfig.build.json`
// would emit them, but with every relative specifier made explicit: `'./core'` becomes
// `'./core/index.js'`, `'./types'` becomes `'./types.js'`. The sources import without
// extensions (moduleResolution "Bundler"); a host type-checking with "Node16"/"NodeNext"
// cannot follow those, so the declarations must say which file they mean.
import { dirname, relative } from 'node:path'
import ts from 'typescript'

const configPath = 'tsconfig.build.json'
const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile)
if (error) fail([error])
const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configPath))
if (parsed.errors.length > 0) fail(parsed.errors)

const program = ts.createProgram(parsed.fileNames, parsed.options)
const diagnostics = ts.getPreEmitDiagnostics(program)
if (diagnostics.length > 0) fail(diagnostics)

const host = ts.createCompilerHost(parsed.options)
const unresolved = []

/** `'./core'` → `'./core/index.js'`, resolved as the source would be. */
function explicit(specifier, fromFile) {
  if (!/^\.\.?(\/|$)/.test(specifier)) return specifier
  const { resolvedModule } = ts.resolveModuleName(specifier, fromFile, parsed.options, host)
  const target = resolvedModule?.resolvedFileName
  if (!target || resolvedModule.isExternalLibraryImport) {
    unresolved.push(`${fromFile}: ${specifier}`)
    return specifier
  }
  const path = relative(dirname(fromFile), target)
    .split('\\')
    .join('/')
    .replace(/(\.d)?\.(ts|tsx)$/, '.js')
  return path.startsWith('.') ? path : `./${path}`
}

/** @type {ts.TransformerFactory<ts.SourceFile | ts.Bundle>} */
const explicitSpecifiers = (context) => (root) => {
  if (!ts.isSourceFile(root)) return root
  const { factory } = context
  const rewrite = (literal) => {
    const next = explicit(literal.text, root.fileName)
    return next === literal.text ? literal : factory.createStringLiteral(next)
  }
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      return factory.updateImportDeclaration(
        node,
        node.modifiers,
        node.importClause,
        rewrite(node.moduleSpecifier),
        node.attributes,
      )
    }
    if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      return factory.updateExportDeclaration(
        node,
        node.modifiers,
        node.isTypeOnly,
        node.exportClause,
        rewrite(node.moduleSpecifier),
        node.attributes,
      )
    }
    if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      return factory.updateImportTypeNode(
        node,
        factory.updateLiteralTypeNode(node.argument, rewrite(node.argument.literal)),
        node.attributes,
        node.qualifier ? ts.visitNode(node.qualifier, visit) : undefined,
        node.typeArguments?.map((argument) => ts.visitNode(argument, visit)),
        node.isTypeOf,
      )
    }
    return ts.visitEachChild(node, visit, context)
  }
  return ts.visitEachChild(root, visit, context)
}

const result = program.emit(undefined, undefined, undefined, true, {
  afterDeclarations: [explicitSpecifiers],
})
if (result.diagnostics.length > 0) fail(result.diagnostics)
if (unresolved.length > 0) {
  console.error(`build-types: relative imports that resolve to no source file:`)
  for (const line of unresolved) console.error(`  ${line}`)
  process.exit(1)
}
console.log(`build-types: ${parsed.fileNames.length} modules → ${parsed.options.outDir}`)

function fail(list) {
  console.error(
    ts.formatDiagnosticsWithColorAndContext(list, {
      getCanonicalFileName: (name) => name,
      getCurrentDirectory: ts.sys.getCurrentDirectory,
      getNewLine: () => ts.sys.newLine,
    }),
  )
  process.exit(1)
}
