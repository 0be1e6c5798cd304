/**
 * The part of OData `$filter` Graph accepts on list items: comparisons (eq ne lt gt le ge) of a property path
 * with a literal, startswith(), and/or/not and parentheses. Text comparisons ignore case, as SharePoint's do.
 */
export type Literal = string | number | boolean | null;

export type FilterNode =
  | { readonly kind: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: 'not'; readonly operand: FilterNode }
  | { readonly kind: 'compare'; readonly op: CompareOp; readonly path: string; readonly value: Literal }
  | { readonly kind: 'startswith'; readonly path: string; readonly value: string };

type CompareOp = 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge';
const COMPARE_OPS = new Set(['eq', 'ne', 'lt', 'gt', 'le', 'ge']);

export class FilterSyntaxError extends Error {}

type Token = { type: 'word' | 'string' | 'number' | 'punct'; text: string; value?: Literal };

export function parseFilter(source: string): FilterNode {
  const tokens = tokenize(source);
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const next = (): Token => {
    const token = tokens[at++];
    if (!token) throw new FilterSyntaxError(`Unexpected end of $filter: ${source}`);
    return token;
  };
  const expect = (text: string): void => {
    const token = next();
    if (token.text !== text) throw new FilterSyntaxError(`Expected '${text}' but found '${token.text}'`);
  };
  const isWord = (token: Token | undefined, word: string): boolean =>
    token?.type === 'word' && token.text.toLowerCase() === word;

  const literal = (): Literal => {
    const token = next();
    if (token.type === 'string' || token.type === 'number') return token.value ?? null;
    if (isWord(token, 'true')) return true;
    if (isWord(token, 'false')) return false;
    if (isWord(token, 'null')) return null;
    throw new FilterSyntaxError(`Expected a literal but found '${token.text}'`);
  };
  const path = (): string => {
    const token = next();
    if (token.type !== 'word') throw new FilterSyntaxError(`Expected a property but found '${token.text}'`);
    return token.text;
  };
  const primary = (): FilterNode => {
    const token = peek();
    if (token?.text === '(') {
      next();
      const inner = orExpr();
      expect(')');
      return inner;
    }
    if (isWord(token, 'startswith')) {
      next();
      expect('(');
      const target = path();
      expect(',');
      const value = literal();
      expect(')');
      if (typeof value !== 'string') throw new FilterSyntaxError('startswith needs a string');
      return { kind: 'startswith', path: target, value };
    }
    const target = path();
    const op = next().text.toLowerCase();
    if (!COMPARE_OPS.has(op)) throw new FilterSyntaxError(`Unknown operator '${op}'`);
    return { kind: 'compare', op: op as CompareOp, path: target, value: literal() };
  };
  const unary = (): FilterNode => {
    if (isWord(peek(), 'not')) {
      next();
      return { kind: 'not', operand: unary() };
    }
    return primary();
  };
  const andExpr = (): FilterNode => {
    let left = unary();
    while (isWord(peek(), 'and')) {
      next();
      left = { kind: 'and', left, right: unary() };
    }
    return left;
  };
  function orExpr(): FilterNode {
    let left = andExpr();
    while (isWord(peek(), 'or')) {
      next();
      left = { kind: 'or', left, right: andExpr() };
    }
    return left;
  }

  const tree = orExpr();
  if (at !== tokens.length) throw new FilterSyntaxError(`Unexpected '${tokens[at]?.text ?? ''}' in $filter`);
  return tree;
}

/** Every property path the filter reads, e.g. `fields/CycleId`. */
export function pathsOf(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return [...pathsOf(node.left), ...pathsOf(node.right)];
    case 'not':
      return pathsOf(node.operand);
    case 'compare':
    case 'startswith':
      return [node.path];
  }
}

export function evaluate(node: FilterNode, read: (path: string) => unknown): boolean {
  switch (node.kind) {
    case 'and':
      return evaluate(node.left, read) && evaluate(node.right, read);
    case 'or':
      return evaluate(node.left, read) || evaluate(node.right, read);
    case 'not':
      return !evaluate(node.operand, read);
    case 'startswith': {
      const value = read(node.path);
      return typeof value === 'string' && value.toLowerCase().startsWith(node.value.toLowerCase());
    }
    case 'compare':
      return compare(node.op, read(node.path), node.value);
  }
}

function compare(op: CompareOp, actual: unknown, expected: Literal): boolean {
  const a = normalise(actual);
  const b = normalise(expected);
  if (op === 'eq') return a === b;
  if (op === 'ne') return a !== b;
  if (a === null || b === null || typeof a !== typeof b) return false;
  if (op === 'lt') return a < b;
  if (op === 'gt') return a > b;
  if (op === 'le') return a <= b;
  return a >= b;
}

/** A value as filters compare it: text ignoring case, an empty text as no value. */
export function normalise(value: unknown): string | number | boolean | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return value.toLowerCase();
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value).toLowerCase();
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source.charAt(i);
    if (/\s/.test(ch)) {
      i += 1;
    } else if ('(),'.includes(ch)) {
      tokens.push({ type: 'punct', text: ch });
      i += 1;
    } else if (ch === "'") {
      let value = '';
      i += 1;
      for (;;) {
        if (i >= source.length) throw new FilterSyntaxError('Unterminated string in $filter');
        const c = source.charAt(i);
        if (c === "'" && source.charAt(i + 1) === "'") {
          value += "'";
          i += 2;
        } else if (c === "'") {
          i += 1;
          break;
        } else {
          value += c;
          i += 1;
        }
      }
      tokens.push({ type: 'string', text: `'${value}'`, value });
    } else {
      const match = /^(-?\d+(?:\.\d+)?)(?![\w/])|^[A-Za-z_@$][\w@$.]*(?:\/[A-Za-z_@$][\w@$.]*)*/.exec(source.slice(i));
      if (!match) throw new FilterSyntaxError(`Unexpected '${ch}' in $filter`);
      const text = match[0];
      if (match[1] !== undefined) tokens.push({ type: 'number', text, value: Number(text) });
      else tokens.push({ type: 'word', text });
      i += text.length;
    }
  }
  return tokens;
}
