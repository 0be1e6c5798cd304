import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as ts from 'typescript';

/**
 * The tab takes what it sends and what the API answers from src/api/contracts (types only), never from copies of
 * its own: a copy compiles happily while the API moves on, and the first anyone hears of it is a 400 in use.
 * These checks read the source, so they name the declaration to delete.
 */
const ROOT = path.resolve(__dirname, '../..');
const TAB_SOURCE = path.join(ROOT, 'tab/src');
const CONTRACTS = path.join(ROOT, 'src/api/contracts');
const TYPES_FILE = path.join(TAB_SOURCE, 'api/types.ts');

/** A named set of fields: a contract's schema or response shape, or an object type the tab declares. */
interface Shape {
  readonly name: string;
  readonly where: string;
  readonly fields: readonly string[];
}

function parse(file: string): ts.SourceFile {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, kind);
}

function sourceFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

function descendants(node: ts.Node): ts.Node[] {
  const out: ts.Node[] = [];
  const visit = (n: ts.Node) => {
    out.push(n);
    n.forEachChild(visit);
  };
  node.forEachChild(visit);
  return out;
}

function fieldNames(members: ts.NodeArray<ts.TypeElement | ts.ObjectLiteralElementLike>): string[] {
  return members.flatMap((m) => (m.name && !ts.isComputedPropertyName(m.name) ? [m.name.getText()] : [])).sort();
}

const relative = (file: string) => path.relative(ROOT, file);

/** Every interface and object type literal the tab declares, named after the declaration it is part of. */
function tabShapes(): Shape[] {
  return sourceFilesUnder(TAB_SOURCE).flatMap((file) =>
    descendants(parse(file)).flatMap((node): Shape[] => {
      if (!ts.isInterfaceDeclaration(node) && !ts.isTypeLiteralNode(node)) return [];
      const owner = ts.isInterfaceDeclaration(node) ? node : node.parent;
      const named =
        ts.isInterfaceDeclaration(owner) ||
        ts.isTypeAliasDeclaration(owner) ||
        ts.isParameter(owner) ||
        ts.isPropertySignature(owner) ||
        ts.isVariableDeclaration(owner);
      const name = named ? owner.name.getText() : '(inline)';
      return [{ name, where: relative(file), fields: fieldNames(node.members) }];
    }),
  );
}

function resolveModule(fromFile: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(fromFile), specifier);
  return [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => existsSync(candidate)) ?? null;
}

/** The fields of an interface a module declares or re-exports, following re-exports to where it is declared. */
function interfaceFields(file: string, name: string, depth = 0): readonly string[] | null {
  if (depth > 5) return null;
  for (const statement of parse(file).statements) {
    if (ts.isInterfaceDeclaration(statement) && statement.name.text === name) return fieldNames(statement.members);
    if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier || !statement.exportClause) continue;
    if (!ts.isNamedExports(statement.exportClause)) continue;
    const specifier = statement.exportClause.elements.find((e) => e.name.text === name);
    const target = resolveModule(file, (statement.moduleSpecifier as ts.StringLiteral).text);
    if (specifier && target) return interfaceFields(target, (specifier.propertyName ?? specifier.name).text, depth + 1);
  }
  return null;
}

/** The request schemas (`z.strictObject({...})`) and the response interfaces of src/api/contracts. */
function contractShapes(): Shape[] {
  return sourceFilesUnder(CONTRACTS).flatMap((file) =>
    descendants(parse(file)).flatMap((node): Shape[] => {
      if (ts.isCallExpression(node) && /^(strictObject|object)$/.test(node.expression.getText().replace(/^z\./, ''))) {
        const [argument] = node.arguments;
        if (!argument || !ts.isObjectLiteralExpression(argument)) return [];
        const declaration = ts.findAncestor(node, ts.isVariableDeclaration);
        const name = declaration ? declaration.name.getText() : '(inline schema)';
        return [{ name, where: relative(file), fields: fieldNames(argument.properties) }];
      }
      if (ts.isInterfaceDeclaration(node)) {
        return [{ name: node.name.text, where: relative(file), fields: fieldNames(node.members) }];
      }
      if (ts.isExportSpecifier(node) && ts.isExportDeclaration(node.parent.parent)) {
        const declaration = node.parent.parent;
        const target =
          declaration.moduleSpecifier && resolveModule(file, (declaration.moduleSpecifier as ts.StringLiteral).text);
        const fields = target ? interfaceFields(target, (node.propertyName ?? node.name).text) : null;
        return fields ? [{ name: node.name.text, where: relative(file), fields }] : [];
      }
      return [];
    }),
  );
}

/** The type names src/api/contracts exports: the names a copy in the tab would most likely take. */
function contractTypeNames(): Set<string> {
  const names = sourceFilesUnder(CONTRACTS).flatMap((file) =>
    parse(file).statements.flatMap((statement) => {
      if ((ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) && statement.modifiers) {
        return [statement.name.text];
      }
      if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
        return statement.exportClause.elements.map((e) => e.name.text);
      }
      return [];
    }),
  );
  return new Set(names);
}

describe('the tab takes request and response types from src/api/contracts', () => {
  it('finds the shapes it compares (the checks below are not vacuous)', () => {
    const contracts = contractShapes().map((s) => s.name);
    expect(contracts).toEqual(expect.arrayContaining(['ResponseBody', 'CycleBody', 'PersonBody', 'DevSignInResponse']));
    expect(contracts).toEqual(expect.arrayContaining(['MeResponse', 'AssessmentDetail', 'StandardResponse']));
    expect(tabShapes().map((s) => s.name)).toEqual(expect.arrayContaining(['HttpClientOptions', 'WorkItem']));
  });

  it('declares no type of its own under the name of a contract, or named like a request or response', () => {
    const contractNames = contractTypeNames();
    const copies = tabShapes()
      .filter((s) => contractNames.has(s.name) || /(Request|Response|Body|Input|QueryString)$/.test(s.name))
      .map((s) => `${s.name} in ${s.where}`);
    expect(copies).toEqual([]);
  });

  it('declares no object type that has every field of a request schema or response shape', () => {
    const contracts = contractShapes().filter((c) => c.fields.length >= 3);
    const copies = tabShapes().flatMap((tab) =>
      contracts
        .filter((c) => c.fields.every((field) => tab.fields.includes(field)))
        .map((c) => `${tab.name} in ${tab.where} repeats ${c.name} (${c.where}): ${c.fields.join(', ')}`),
    );
    expect(copies).toEqual([]);
  });

  it('keeps tab/src/api/types.ts a re-export of contract and domain types, declaring nothing', () => {
    const statements = parse(TYPES_FILE).statements.map((statement) => {
      const reExport =
        ts.isExportDeclaration(statement) &&
        statement.isTypeOnly &&
        statement.moduleSpecifier !== undefined &&
        /\/src\/(api\/contracts|domain\/[\w-]+)$/.test((statement.moduleSpecifier as ts.StringLiteral).text);
      return reExport ? 'type-only re-export' : statement.getText();
    });
    expect(statements.filter((s) => s !== 'type-only re-export')).toEqual([]);
  });
});
