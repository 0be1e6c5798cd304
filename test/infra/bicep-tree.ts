import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';

/**
 * Bicep cannot be compiled here (no network, no Bicep CLI), so the tests read the templates with the
 * tree-sitter-bicep grammar: a syntax check plus structural questions answered from the syntax tree.
 */
export const INFRA_DIR = path.resolve(__dirname, '..', '..', 'infra');

let parser: Parser | undefined;

export async function bicepParser(): Promise<Parser> {
  if (!parser) {
    await Parser.init();
    // Bytes rather than a path: given a path, web-tree-sitter uses a dynamic import() that jest's VM refuses.
    const wasm = readFileSync(require.resolve('tree-sitter-bicep/tree-sitter-bicep.wasm'));
    const language = await Language.load(new Uint8Array(wasm));
    parser = new Parser();
    parser.setLanguage(language);
  }
  return parser;
}

export function bicepFiles(dir = INFRA_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return bicepFiles(full);
    return entry.name.endsWith('.bicep') ? [full] : [];
  });
}

export async function parseBicep(file: string): Promise<Tree> {
  const tree = (await bicepParser()).parse(readFileSync(file, 'utf8'));
  if (!tree) throw new Error(`tree-sitter returned no tree for ${file}`);
  return tree;
}

/** Where the syntax errors are, as `line:column text` (1-based), empty when the file parses cleanly. */
export function syntaxErrors(node: Node): string[] {
  if (!node.hasError) return [];
  if (node.isError || node.isMissing) {
    return [`${node.startPosition.row + 1}:${node.startPosition.column + 1} ${node.text.slice(0, 60)}`];
  }
  const inner = node.children.flatMap((child) => (child ? syntaxErrors(child) : []));
  return inner.length > 0 ? inner : [`${node.startPosition.row + 1}:${node.startPosition.column + 1} ${node.type}`];
}

export function descendants(node: Node, type: string): Node[] {
  return node.descendantsOfType(type).filter((n): n is Node => n !== null);
}

/** The text of a string literal without quotes (interpolations kept as written). */
export function stringValue(node: Node | null | undefined): string | undefined {
  if (!node || node.type !== 'string') return undefined;
  return node.text.replace(/^'|'$/g, '');
}

function keyOf(property: Node): string | undefined {
  const key = property.namedChild(0);
  if (!key) return undefined;
  return key.type === 'string' ? stringValue(key) : key.text;
}

/** The properties of an object node, key -> value node. */
export function objectProperties(object: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const property of object.namedChildren) {
    if (property?.type !== 'object_property') continue;
    const key = keyOf(property);
    const value = property.namedChild(1);
    if (key !== undefined && value) out.set(key, value);
  }
  return out;
}

/** Top-level declarations of one kind (`param`, `output`, `module`, `resource`), by name. */
export function declarations(tree: Tree, type: string): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const node of tree.rootNode.namedChildren) {
    if (node?.type !== type) continue;
    const name = node.namedChild(0);
    if (name) out.set(name.text, node);
  }
  return out;
}

/** The body object of a `resource` or `module` declaration. */
export function bodyOf(declaration: Node): Node | undefined {
  return declaration.namedChildren.find((child): child is Node => child?.type === 'object');
}

/** Whether a `param` declaration has a default value (`param x string = ...`). */
export function hasDefault(parameter: Node): boolean {
  const named = parameter.namedChildren.filter((c): c is Node => c !== null);
  return named.length > 2 || parameter.text.includes('=');
}

/** Names used as `<objectName>.<name>` anywhere under a node. */
export function memberNames(node: Node, objectName: string): Set<string> {
  const names = new Set<string>();
  for (const member of descendants(node, 'member_expression')) {
    const object = member.childForFieldName('object');
    const property = member.childForFieldName('property');
    if (object?.text === objectName && property) names.add(property.text);
  }
  return names;
}
