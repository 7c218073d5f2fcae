/**
 * The API report: a committed snapshot of what every entry of every published package exports, so a
 * change to the public surface shows in review.
 *
 *   pnpm api:update    writes packages/<package>/api/<entry>.api.md from the sources
 *   pnpm api:check     says which names were added, removed or changed since the committed reports
 *
 * `pnpm test` runs the same check (scripts/api-report.test.ts). The report is built from the sources
 * with the TypeScript compiler API: no build, no extra dependency (CONTRIBUTING.md says why not API
 * Extractor). Each exported name is one block: its kind (class, function, interface, type, const,
 * enum, namespace) and its signatures or members. Below it, the report lists the names its
 * signatures use that no entry of their package exports.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const UPDATE_COMMAND = 'pnpm api:update';

/** One entry of a published package: `@psagate/core/provider` from `packages/core/src/provider.ts`. */
export interface ApiEntry {
  /** `@psagate/core/provider`. */
  readonly specifier: string;
  /** The package's folder under packages/, e.g. `core`. */
  readonly packageDir: string;
  /** The source file the entry resolves to under the `@psagate/source` condition, absolute. */
  readonly source: string;
  /** The report file, absolute: `packages/core/api/provider.api.md`. */
  readonly report: string;
}

/** One exported name and how the report shows it. */
export interface ApiItem {
  readonly name: string;
  /** The block of the report: its first line starts with the kind and the name. */
  readonly text: string;
}

/** The public surface of one entry. */
export interface EntryApi {
  readonly items: readonly ApiItem[];
  /** Names used in the signatures of `items` that no entry of their own package exports, as report lines. */
  readonly unexported: readonly string[];
}

interface PackageJson {
  readonly name: string;
  readonly private?: boolean;
  readonly exports?: Readonly<Record<string, string | Readonly<Record<string, string>>>>;
}

/** Every entry of every package that is not private, from the `exports` of its package.json. */
export function publishedEntries(root = ROOT): ApiEntry[] {
  const entries: ApiEntry[] = [];
  const packagesDir = join(root, 'packages');
  for (const dir of readdirSync(packagesDir).sort()) {
    const manifestPath = join(packagesDir, dir, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as PackageJson;
    if (manifest.private === true || manifest.exports === undefined) continue;
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      if (typeof target === 'string' || subpath.endsWith('.json')) continue;
      const source = target['@psagate/source'];
      if (source === undefined) throw new Error(`${manifest.name} exports ${subpath} without an "@psagate/source" condition.`);
      const bare = subpath.replace(/^\.\/?/, '');
      entries.push({
        specifier: bare === '' ? manifest.name : `${manifest.name}/${bare}`,
        packageDir: dir,
        source: join(packagesDir, dir, source),
        report: join(packagesDir, dir, 'api', `${bare === '' ? 'index' : bare.replaceAll('/', '-')}.api.md`),
      });
    }
  }
  return entries;
}

/** Without `NoTruncation`: the checker cuts a type it writes at about 160 characters (`... 3 more ...`). */
const TYPE_FLAGS =
  ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope |
  ts.TypeFormatFlags.WriteTypeArgumentsOfSignature |
  ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType;

/** A const whose type is written longer than this shows only the head of its type (`z.ZodObject<…>`). */
const MAX_CONST_TYPE = 120;

/** Text without the module paths the checker writes for names not in scope, on one line. */
function tidy(text: string): string {
  return text
    .replace(/import\("[^"]*"\)\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const printer = ts.createPrinter({ removeComments: true, omitTrailingSemicolon: true });

/** The source text of a node without comments, on one line. */
function textOf(node: ts.Node): string {
  return tidy(printer.printNode(ts.EmitHint.Unspecified, node, node.getSourceFile()));
}

const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

const isHidden = (member: ts.Node): boolean =>
  (ts.isClassElement(member) && member.name !== undefined && ts.isPrivateIdentifier(member.name)) ||
  (ts.canHaveModifiers(member) && (ts.getCombinedModifierFlags(member as ts.Declaration) & ts.ModifierFlags.Private) !== 0);

class Reporter {
  /** The symbols the signatures shown so far refer to, each with the names of the items that use it. */
  readonly references = new Map<ts.Symbol, Set<string>>();

  constructor(private readonly checker: ts.TypeChecker) {}

  /** Every name the module exports, each as one block of the report, sorted by name. */
  itemsOf(moduleSymbol: ts.Symbol, indent = '', typeOnlyNames: ReadonlySet<string> = new Set(), owner = ''): ApiItem[] {
    return this.checker
      .getExportsOfModule(moduleSymbol)
      .map((symbol) => ({ name: symbol.name, text: this.render(symbol, indent, typeOnlyNames.has(symbol.name), `${owner}${symbol.name}`) }))
      .filter((item) => item.text !== '')
      .sort(byName);
  }

  /** The declaration an exported name stands for. */
  resolve(symbol: ts.Symbol): ts.Symbol {
    return symbol.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(symbol) : symbol;
  }

  private render(exported: ts.Symbol, indent: string, typeOnlyStar: boolean, owner: string): string {
    const prefix = typeOnlyStar || this.isTypeOnlyExport(exported) ? 'type-only ' : '';
    const symbol = this.resolve(exported);
    const name = exported.name;
    const blocks: string[] = [];
    const declarations = symbol.declarations ?? [];
    const flags = symbol.flags;
    for (const declaration of declarations) this.collectReferences(declaration, owner, symbol);

    if (flags & ts.SymbolFlags.Class) {
      const declaration = declarations.find(ts.isClassDeclaration);
      if (declaration) blocks.push(this.classBlock(prefix, name, declaration, indent));
    }
    if (flags & ts.SymbolFlags.Function) {
      const declaration = declarations.find(ts.isFunctionDeclaration) ?? declarations[0];
      if (declaration) {
        const type = this.checker.getTypeOfSymbolAtLocation(symbol, declaration);
        for (const signature of type.getCallSignatures()) blocks.push(`${indent}${prefix}function ${name}${this.signature(signature, declaration)}`);
      }
    }
    if (flags & ts.SymbolFlags.Variable) {
      const declaration = declarations.find(ts.isVariableDeclaration);
      if (declaration) blocks.push(`${indent}${prefix}${this.variableKeyword(declaration)} ${name}: ${this.constType(symbol, declaration)}`);
    }
    if (flags & ts.SymbolFlags.Enum) {
      const declaration = declarations.find(ts.isEnumDeclaration);
      if (declaration) {
        const members = declaration.members.map((member) => `${indent}  ${textOf(member)}`);
        blocks.push([`${indent}${prefix}enum ${name} {`, ...members, `${indent}}`].join('\n'));
      }
    }
    if (flags & ts.SymbolFlags.Interface) {
      for (const declaration of declarations.filter(ts.isInterfaceDeclaration)) blocks.push(this.interfaceBlock(name, declaration, indent));
    }
    if (flags & ts.SymbolFlags.TypeAlias) {
      const declaration = declarations.find(ts.isTypeAliasDeclaration);
      if (declaration) blocks.push(`${indent}type ${name}${this.typeParameters(declaration.typeParameters)} = ${textOf(declaration.type)}`);
    }
    if (flags & (ts.SymbolFlags.ValueModule | ts.SymbolFlags.NamespaceModule) && !(flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Function | ts.SymbolFlags.Enum))) {
      const members = this.itemsOf(symbol, `${indent}  `, new Set(), `${owner}.`).map((item) => item.text);
      blocks.push([`${indent}${prefix}namespace ${name} {`, ...members, `${indent}}`].join('\n'));
    }
    return blocks.join('\n');
  }

  /**
   * The names a module exports only through `export type * from`: a star export makes no alias per
   * name, so the checker cannot say which of them lost their value.
   */
  typeOnlyStarNames(sourceFile: ts.SourceFile): Set<string> {
    const typeOnly = new Set<string>();
    const withValue = new Set<string>();
    for (const statement of sourceFile.statements) {
      if (!ts.isExportDeclaration(statement)) {
        const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
        const name = exported ? ts.getNameOfDeclaration(statement as ts.DeclarationStatement) : undefined;
        if (name && ts.isIdentifier(name)) withValue.add(name.text);
        continue;
      }
      if (statement.exportClause) {
        if (ts.isNamedExports(statement.exportClause)) {
          for (const element of statement.exportClause.elements) (statement.isTypeOnly || element.isTypeOnly ? typeOnly : withValue).add(element.name.text);
        } else {
          withValue.add(statement.exportClause.name.text);
        }
        continue;
      }
      const target = statement.moduleSpecifier && this.checker.getSymbolAtLocation(statement.moduleSpecifier);
      if (!target) continue;
      for (const symbol of this.checker.getExportsOfModule(target)) (statement.isTypeOnly ? typeOnly : withValue).add(symbol.name);
    }
    for (const name of withValue) typeOnly.delete(name);
    return typeOnly;
  }

  /** Whether an `export type { X }` on the way to the declaration hides X's value. */
  private isTypeOnlyExport(symbol: ts.Symbol): boolean {
    let current: ts.Symbol | undefined = symbol;
    for (let hops = 0; current && current.flags & ts.SymbolFlags.Alias && hops < 50; hops += 1) {
      for (const declaration of current.declarations ?? []) {
        if (ts.isTypeOnlyImportOrExportDeclaration(declaration)) return true;
        if (ts.isExportSpecifier(declaration) && declaration.parent.parent.isTypeOnly) return true;
      }
      current = this.checker.getImmediateAliasedSymbol(current);
    }
    return false;
  }

  /** Records the named types a declaration's signature uses: not its bodies, initializers or private members. */
  private collectReferences(declaration: ts.Node, owner: string, self: ts.Symbol): void {
    const record = (name: ts.Node): void => {
      let symbol = this.checker.getSymbolAtLocation(name);
      if (!symbol) return;
      if (symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
      if (symbol === self || symbol.flags & ts.SymbolFlags.TypeParameter) return;
      let users = this.references.get(symbol);
      if (!users) this.references.set(symbol, (users = new Set()));
      users.add(owner);
    };
    const visit = (node: ts.Node): void => {
      if (ts.isBlock(node) || isHidden(node)) return;
      if (ts.isTypeReferenceNode(node)) record(node.typeName);
      else if (ts.isExpressionWithTypeArguments(node)) record(node.expression);
      else if (ts.isTypeQueryNode(node)) record(node.exprName);
      ts.forEachChild(node, (child) => {
        const initializer = ts.isVariableDeclaration(node) || ts.isPropertyDeclaration(node) || ts.isParameter(node) ? node.initializer : undefined;
        if (child !== initializer) visit(child);
      });
    };
    if (ts.isSourceFile(declaration)) return; // a namespace: its members are visited as items of their own
    visit(declaration);
  }

  private variableKeyword(declaration: ts.VariableDeclaration): string {
    const list = declaration.parent;
    return ts.isVariableDeclarationList(list) && list.flags & ts.NodeFlags.Const ? 'const' : 'let';
  }

  private constType(symbol: ts.Symbol, declaration: ts.VariableDeclaration): string {
    if (declaration.type) return textOf(declaration.type);
    const text = tidy(this.checker.typeToString(this.checker.getTypeOfSymbolAtLocation(symbol, declaration), declaration, TYPE_FLAGS));
    if (text.length <= MAX_CONST_TYPE) return text;
    const open = text.indexOf('<');
    return open > 0 ? `${text.slice(0, open)}<…>` : `${text.slice(0, MAX_CONST_TYPE)}…`;
  }

  private typeParameters(parameters: ts.NodeArray<ts.TypeParameterDeclaration> | undefined): string {
    return parameters && parameters.length > 0 ? `<${parameters.map(textOf).join(', ')}>` : '';
  }

  private heritage(clauses: ts.NodeArray<ts.HeritageClause> | undefined): string {
    return clauses && clauses.length > 0 ? ` ${clauses.map(textOf).join(' ')}` : '';
  }

  /** `<T>(a: A, b?: B): R`, as the checker writes it. */
  private signature(signature: ts.Signature, at: ts.Node): string {
    return tidy(this.checker.signatureToString(signature, at, TYPE_FLAGS));
  }

  private typeText(type: ts.Type, at: ts.Node): string {
    return tidy(this.checker.typeToString(type, at, TYPE_FLAGS));
  }

  private classBlock(prefix: string, name: string, declaration: ts.ClassDeclaration, indent: string): string {
    const abstract = ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Abstract ? 'abstract ' : '';
    const header = `${indent}${prefix}${abstract}class ${name}${this.typeParameters(declaration.typeParameters)}${this.heritage(declaration.heritageClauses)} {`;
    const members = declaration.members.flatMap((member) => this.classMember(member)).map((line) => `${indent}  ${line}`);
    return [header, ...members, `${indent}}`].join('\n');
  }

  private modifierWords(node: ts.Declaration): string {
    const modifiers = ts.getCombinedModifierFlags(node);
    const words = [
      modifiers & ts.ModifierFlags.Protected ? 'protected' : '',
      modifiers & ts.ModifierFlags.Static ? 'static' : '',
      modifiers & ts.ModifierFlags.Abstract ? 'abstract' : '',
      modifiers & ts.ModifierFlags.Readonly ? 'readonly' : '',
    ].filter((word) => word !== '');
    return words.length > 0 ? `${words.join(' ')} ` : '';
  }

  /** The lines of one class member: none for private ones, one per signature of a method. */
  private classMember(member: ts.ClassElement): string[] {
    if (isHidden(member)) return [];
    if (ts.isIndexSignatureDeclaration(member)) return [textOf(member)];
    const lead = this.modifierWords(member);
    const memberName = member.name ? textOf(member.name) : '';
    if (ts.isConstructorDeclaration(member)) {
      // With overloads, the overloads are the signatures; the implementation is not callable.
      const overloaded = member.parent.members.some((other) => ts.isConstructorDeclaration(other) && other.body === undefined);
      if (overloaded && member.body !== undefined) return [];
      const parameters = member.parameters.map((parameter) => this.parameter(parameter)).join(', ');
      // `constructor(readonly name: string)` also declares a property.
      const properties = member.parameters
        .filter((parameter) => ts.isParameterPropertyDeclaration(parameter, member) && !isHidden(parameter))
        .map((parameter) => `${this.modifierWords(parameter)}${textOf(parameter.name)}: ${this.parameterType(parameter)}`);
      return [`${lead}constructor(${parameters})`, ...properties];
    }
    if (ts.isMethodDeclaration(member)) {
      const symbol = this.checker.getSymbolAtLocation(member.name);
      // One entry per method name, for all its signatures (its overloads, when it has some).
      if (!symbol || symbol.declarations?.[0] !== member) return [];
      const optional = member.questionToken ? '?' : '';
      const signatures = this.checker.getTypeOfSymbolAtLocation(symbol, member).getNonNullableType().getCallSignatures();
      return signatures.map((signature) => `${lead}${memberName}${optional}${this.signature(signature, member)}`);
    }
    if (ts.isGetAccessorDeclaration(member)) {
      const signature = this.checker.getSignatureFromDeclaration(member);
      return [`${lead}get ${memberName}(): ${signature ? this.typeText(signature.getReturnType(), member) : 'unknown'}`];
    }
    if (ts.isSetAccessorDeclaration(member)) {
      return [`${lead}set ${memberName}(${member.parameters.map((parameter) => this.parameter(parameter)).join(', ')})`];
    }
    if (ts.isPropertyDeclaration(member)) {
      const symbol = this.checker.getSymbolAtLocation(member.name);
      const type = member.type ? textOf(member.type) : symbol ? this.typeText(this.checker.getTypeOfSymbolAtLocation(symbol, member), member) : 'unknown';
      return [`${lead}${memberName}${member.questionToken ? '?' : ''}: ${type}`];
    }
    return [];
  }

  private parameterType(parameter: ts.ParameterDeclaration): string {
    if (parameter.type) return textOf(parameter.type);
    const symbol = ts.isIdentifier(parameter.name) ? this.checker.getSymbolAtLocation(parameter.name) : undefined;
    return symbol ? this.typeText(this.checker.getTypeOfSymbolAtLocation(symbol, parameter), parameter) : 'unknown';
  }

  /** A parameter without its accessibility or default: `name?: Type`. */
  private parameter(parameter: ts.ParameterDeclaration): string {
    const rest = parameter.dotDotDotToken ? '...' : '';
    const optional = parameter.questionToken || parameter.initializer ? '?' : '';
    return `${rest}${textOf(parameter.name)}${optional}: ${this.parameterType(parameter)}`;
  }

  private interfaceBlock(name: string, declaration: ts.InterfaceDeclaration, indent: string): string {
    const header = `${indent}interface ${name}${this.typeParameters(declaration.typeParameters)}${this.heritage(declaration.heritageClauses)} {`;
    const members = declaration.members.map((member) => `${indent}  ${textOf(member)}`);
    return [header, ...members, `${indent}}`].join('\n');
  }
}

/** The package folder a file belongs to (`core` for packages/core/src/...), if it is a package's source. */
function packageDirOf(file: string, root: string): string | undefined {
  const parts = relative(root, file).split(sep);
  return parts[0] === 'packages' && parts[2] === 'src' ? parts[1] : undefined;
}

/** The public surface of each entry, from one program over all their sources. */
export function apiOf(entries: readonly ApiEntry[], root = ROOT): Map<ApiEntry, EntryApi> {
  const configPath = join(root, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(configPath, { noEmit: true }, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!config) throw new Error(`Cannot read ${configPath}.`);
  const program = ts.createProgram({ rootNames: entries.map((entry) => entry.source), options: config.options });
  const checker = program.getTypeChecker();

  // What each package exports from any of its entries: a name used in a signature is reachable if so.
  const exportedByPackage = new Map<string, Set<ts.Symbol>>();
  const modules = new Map<ApiEntry, { module: ts.Symbol; sourceFile: ts.SourceFile }>();
  const resolver = new Reporter(checker);
  for (const entry of entries) {
    const sourceFile = program.getSourceFile(entry.source);
    const module = sourceFile && checker.getSymbolAtLocation(sourceFile);
    if (!sourceFile || !module) throw new Error(`${entry.specifier}: cannot read ${relative(root, entry.source)}.`);
    modules.set(entry, { module, sourceFile });
    let exported = exportedByPackage.get(entry.packageDir);
    if (!exported) exportedByPackage.set(entry.packageDir, (exported = new Set()));
    const add = (moduleSymbol: ts.Symbol): void => {
      for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
        const target = resolver.resolve(symbol);
        if (exported.has(target)) continue;
        exported.add(target);
        // The members of `export * as ns` are reachable as `ns.member`.
        if (target.flags & ts.SymbolFlags.ValueModule && target.declarations?.some(ts.isSourceFile)) add(target);
      }
    };
    add(module);
  }

  const result = new Map<ApiEntry, EntryApi>();
  for (const entry of entries) {
    const { module, sourceFile } = modules.get(entry) as { module: ts.Symbol; sourceFile: ts.SourceFile };
    const reporter = new Reporter(checker);
    const items = reporter.itemsOf(module, '', reporter.typeOnlyStarNames(sourceFile));
    const unexported: { name: string; line: string }[] = [];
    for (const [symbol, users] of reporter.references) {
      const file = symbol.declarations?.[0]?.getSourceFile().fileName;
      const home = file === undefined ? undefined : packageDirOf(resolve(file), root);
      if (home === undefined || exportedByPackage.get(home)?.has(symbol)) continue;
      const where = relative(root, resolve(file as string)).split(sep).join('/');
      unexported.push({ name: symbol.name, line: `- \`${symbol.name}\` (${where}), used by ${[...users].sort().map((user) => `\`${user}\``).join(', ')}` });
    }
    result.set(entry, { items, unexported: unexported.sort(byName).map((item) => item.line) });
  }
  return result;
}

const FENCE = '```';
const UNEXPORTED_HEADING = '## Used in these signatures, exported by no entry';

/** The report file of one entry. */
export function renderReport(entry: ApiEntry, api: EntryApi, root = ROOT): string {
  const lines = [
    `# API report: \`${entry.specifier}\``,
    '',
    `The public surface of \`${entry.specifier}\` (${relative(root, entry.source).split(sep).join('/')}): ${api.items.length} names.`,
    `Generated from the sources by \`${UPDATE_COMMAND}\` (scripts/api-report.ts); do not edit by hand.`,
    '',
    `${FENCE}ts`,
    api.items.map((item) => item.text).join('\n\n'),
    FENCE,
  ];
  if (api.unexported.length > 0) {
    lines.push('', UNEXPORTED_HEADING, '', 'Users reach these only through the names above: export them, or keep them out of public signatures.', '', ...api.unexported);
  }
  return `${lines.join('\n')}\n`;
}

/** The blocks of a committed report, by name, and its list of names used but not exported. */
export function parseReport(text: string): { blocks: Map<string, string>; unexported: string[] } {
  const body = new RegExp(`${FENCE}ts\\n([\\s\\S]*?)\\n?${FENCE}`).exec(text)?.[1] ?? '';
  const blocks = new Map<string, string>();
  for (const block of body.split(/\n\n(?=\S)/)) {
    const name = /^(?:type-only )?(?:abstract )?(?:class|function|interface|type|const|let|enum|namespace) ([\w$]+)/.exec(block)?.[1];
    if (name !== undefined) blocks.set(name, block.replace(/\n+$/, ''));
  }
  const after = text.indexOf(UNEXPORTED_HEADING);
  const unexported = after < 0 ? [] : text.slice(after).split('\n').filter((line) => line.startsWith('- `'));
  return { blocks, unexported };
}

export interface ApiDifference {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

export function compareApi(committed: ReadonlyMap<string, string>, current: readonly ApiItem[]): ApiDifference {
  const now = new Map(current.map((item) => [item.name, item.text]));
  return {
    added: [...now.keys()].filter((name) => !committed.has(name)),
    removed: [...committed.keys()].filter((name) => !now.has(name)),
    changed: [...now.entries()].filter(([name, text]) => committed.has(name) && committed.get(name) !== text).map(([name]) => name),
  };
}

const kindOf = (text: string | undefined): string => /^(?:type-only )?(?:abstract )?(\w+)/.exec(text ?? '')?.[1] ?? '?';
const indented = (text: string | undefined): string => (text ?? '').split('\n').join('\n           ');

/** What changed in one entry, in words, or undefined when its committed report is current. */
export function describeDrift(entry: ApiEntry, api: EntryApi, root = ROOT): string | undefined {
  const reportPath = relative(root, entry.report).split(sep).join('/');
  if (!existsSync(entry.report)) return `${entry.specifier} has no API report (${reportPath}). Run \`${UPDATE_COMMAND}\` and commit it.`;
  const committedText = readFileSync(entry.report, 'utf8');
  if (committedText === renderReport(entry, api, root)) return undefined;
  const committed = parseReport(committedText);
  const difference = compareApi(committed.blocks, api.items);
  const now = new Map(api.items.map((item) => [item.name, item.text]));
  const lines = [`The public surface of ${entry.specifier} differs from ${reportPath}:`];
  for (const name of difference.added) lines.push(`  + added ${kindOf(now.get(name))} ${name}`);
  for (const name of difference.removed) lines.push(`  - removed ${kindOf(committed.blocks.get(name))} ${name}`);
  for (const name of difference.changed) {
    lines.push(`  ~ changed ${kindOf(now.get(name))} ${name}`, `      was: ${indented(committed.blocks.get(name))}`, `      now: ${indented(now.get(name))}`);
  }
  const before = new Set(committed.unexported);
  const after = new Set(api.unexported);
  for (const line of api.unexported) if (!before.has(line)) lines.push(`  + used in a signature, exported by no entry: ${line.slice(2)}`);
  for (const line of committed.unexported) if (!after.has(line)) lines.push(`  - no longer listed as used but not exported: ${line.slice(2)}`);
  if (lines.length === 1) lines.push('  (the same names, written differently: the report was edited by hand or the generator changed)');
  lines.push(`If this change to the public surface is intended, run \`${UPDATE_COMMAND}\` and commit ${reportPath}.`);
  return lines.join('\n');
}

/** Report files under packages/<package>/api that no entry writes any more. */
export function staleReports(entries: readonly ApiEntry[], root = ROOT): string[] {
  const written = new Set(entries.map((entry) => entry.report));
  const stale: string[] = [];
  const packagesDir = join(root, 'packages');
  for (const dir of readdirSync(packagesDir)) {
    const apiDir = join(packagesDir, dir, 'api');
    if (!existsSync(apiDir)) continue;
    for (const file of readdirSync(apiDir)) {
      if (file.endsWith('.api.md') && !written.has(join(apiDir, file))) stale.push(relative(root, join(apiDir, file)).split(sep).join('/'));
    }
  }
  return stale.sort();
}

function main(argv: readonly string[]): number {
  const entries = publishedEntries();
  const api = apiOf(entries);
  if (argv.includes('--update')) {
    for (const [entry, entryApi] of api) {
      mkdirSync(dirname(entry.report), { recursive: true });
      const text = renderReport(entry, entryApi);
      const before = existsSync(entry.report) ? readFileSync(entry.report, 'utf8') : undefined;
      if (before !== text) writeFileSync(entry.report, text);
      const note = entryApi.unexported.length > 0 ? `, ${entryApi.unexported.length} used but not exported` : '';
      process.stdout.write(`${before === text ? 'unchanged' : 'wrote    '} ${relative(ROOT, entry.report)} (${entryApi.items.length} names${note})\n`);
    }
    for (const stale of staleReports(entries)) process.stdout.write(`stale     ${stale}: no entry writes it; delete it\n`);
    return 0;
  }
  const problems = [
    ...[...api].map(([entry, entryApi]) => describeDrift(entry, entryApi)).filter((drift): drift is string => drift !== undefined),
    ...staleReports(entries).map((file) => `${file} belongs to no entry any more: delete it.`),
  ];
  for (const problem of problems) process.stderr.write(`${problem}\n\n`);
  if (problems.length === 0) process.stdout.write(`The API reports of ${entries.length} entries are current.\n`);
  return problems.length === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
