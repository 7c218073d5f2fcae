/**
 * The sandbox's reading of Automate's `condition` language: comparisons (`=`/`eq`, `<`, `<=`, `>`,
 * `>=`, `like`, `contains`, `in (...)`, with `not` before `like`/`in`/`contains`) joined by `and`
 * and `or` (and binding tighter), parentheses, dotted property paths, quoted strings (single or
 * double quotes, backslash escapes), numbers, booleans and bare ISO dates. It turns a condition into
 * a predicate over the sandbox's records, so the client's builder is tested end to end.
 */

export type RecordPredicate = (record: Record<string, unknown>) => boolean;

export class ConditionSyntaxError extends Error {
  override readonly name = 'ConditionSyntaxError';
}

type Literal = { kind: 'string'; value: string } | { kind: 'number'; value: number } | { kind: 'boolean'; value: boolean } | { kind: 'date'; value: string };

type Token =
  | { type: 'ident'; text: string }
  | { type: 'op'; text: string }
  | { type: 'paren'; text: '(' | ')' }
  | { type: 'comma' }
  | { type: 'literal'; literal: Literal };

type Node =
  | { type: 'and' | 'or'; left: Node; right: Node }
  | { type: 'compare'; path: string; operator: string; values: Literal[] };

const KEYWORD_OPERATORS = new Set(['eq', 'like', 'contains', 'in']);
const BARE_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/;
const NUMBER = /^-?\d+(\.\d+)?/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*/;

/** Parses a condition into a predicate; throws ConditionSyntaxError with a message fit for a 400. */
export function parseCondition(text: string): RecordPredicate {
  const tokens = tokenize(text);
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const next = (): Token | undefined => tokens[position++];
  const isWord = (token: Token | undefined, word: string): boolean => token?.type === 'ident' && token.text.toLowerCase() === word;

  const parseOr = (): Node => {
    let left = parseAnd();
    while (isWord(peek(), 'or')) {
      next();
      left = { type: 'or', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): Node => {
    let left = parsePrimary();
    while (isWord(peek(), 'and')) {
      next();
      left = { type: 'and', left, right: parsePrimary() };
    }
    return left;
  };
  const parsePrimary = (): Node => {
    const token = next();
    if (token?.type === 'paren' && token.text === '(') {
      const inner = parseOr();
      const close = next();
      if (close?.type !== 'paren' || close.text !== ')') throw new ConditionSyntaxError('A parenthesis is not closed.');
      return inner;
    }
    if (token?.type !== 'ident' || ['and', 'or', 'not'].includes(token.text.toLowerCase())) {
      throw new ConditionSyntaxError(`Expected a property name at position ${position}.`);
    }
    return parseComparison(token.text);
  };
  const parseComparison = (path: string): Node => {
    let operator: string;
    const token = next();
    if (token?.type === 'op') operator = token.text;
    else if (token?.type === 'ident' && token.text.toLowerCase() === 'not') {
      const negated = next();
      if (negated?.type !== 'ident' || !['like', 'in', 'contains'].includes(negated.text.toLowerCase())) {
        throw new ConditionSyntaxError('not may only come before like, in or contains.');
      }
      operator = `not ${negated.text.toLowerCase()}`;
    } else if (token?.type === 'ident' && KEYWORD_OPERATORS.has(token.text.toLowerCase())) operator = token.text.toLowerCase();
    else throw new ConditionSyntaxError(`Expected an operator after ${path}.`);
    if (operator === 'eq') operator = '=';
    if (operator === 'in' || operator === 'not in') {
      const open = next();
      if (open?.type !== 'paren' || open.text !== '(') throw new ConditionSyntaxError(`${operator} needs a list in parentheses.`);
      const values: Literal[] = [];
      for (;;) {
        const item = next();
        if (item?.type !== 'literal') throw new ConditionSyntaxError(`${operator} lists hold values only.`);
        values.push(item.literal);
        const separator = next();
        if (separator?.type === 'paren' && separator.text === ')') break;
        if (separator?.type !== 'comma') throw new ConditionSyntaxError(`Values in an ${operator} list are separated by commas.`);
      }
      return { type: 'compare', path, operator, values };
    }
    const value = next();
    if (value?.type !== 'literal') throw new ConditionSyntaxError(`Expected a value after ${path} ${operator}.`);
    return { type: 'compare', path, operator, values: [value.literal] };
  };

  const tree = parseOr();
  if (position !== tokens.length) throw new ConditionSyntaxError(`Unexpected text at token ${position + 1} of the condition.`);
  return (record) => evaluate(tree, record);
}

/** Every property path a condition names, to refuse unknown ones as the server does. */
export function conditionPaths(text: string): string[] {
  return tokenize(text)
    .filter((token): token is { type: 'ident'; text: string } => token.type === 'ident')
    .map((token) => token.text)
    .filter((word) => !['and', 'or', 'not', 'eq', 'like', 'contains', 'in', 'true', 'false'].includes(word.toLowerCase()));
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let rest = text;
  while (rest.length > 0) {
    const space = /^\s+/.exec(rest);
    if (space) {
      rest = rest.slice(space[0].length);
      continue;
    }
    const char = rest[0] as string;
    if (char === '(' || char === ')') {
      tokens.push({ type: 'paren', text: char });
      rest = rest.slice(1);
    } else if (char === ',') {
      tokens.push({ type: 'comma' });
      rest = rest.slice(1);
    } else if (char === "'" || char === '"') {
      const { value, length } = readString(rest, char);
      tokens.push({ type: 'literal', literal: { kind: 'string', value } });
      rest = rest.slice(length);
    } else if (/^(<=|>=|=|<|>)/.test(rest)) {
      const op = (/^(<=|>=|=|<|>)/.exec(rest) as RegExpExecArray)[0];
      tokens.push({ type: 'op', text: op });
      rest = rest.slice(op.length);
    } else if (BARE_DATE.test(rest) && /^\d{4}-/.test(rest)) {
      const date = (BARE_DATE.exec(rest) as RegExpExecArray)[0];
      tokens.push({ type: 'literal', literal: { kind: 'date', value: date } });
      rest = rest.slice(date.length);
    } else if (NUMBER.test(rest)) {
      const number = (NUMBER.exec(rest) as RegExpExecArray)[0];
      tokens.push({ type: 'literal', literal: { kind: 'number', value: Number(number) } });
      rest = rest.slice(number.length);
    } else if (IDENT.test(rest)) {
      const word = (IDENT.exec(rest) as RegExpExecArray)[0];
      const lower = word.toLowerCase();
      if (lower === 'true' || lower === 'false') tokens.push({ type: 'literal', literal: { kind: 'boolean', value: lower === 'true' } });
      else tokens.push({ type: 'ident', text: word });
      rest = rest.slice(word.length);
    } else {
      throw new ConditionSyntaxError(`Unexpected character ${JSON.stringify(char)} in the condition.`);
    }
  }
  return tokens;
}

function readString(text: string, quote: string): { value: string; length: number } {
  let value = '';
  for (let index = 1; index < text.length; index++) {
    const char = text[index] as string;
    if (char === '\\' && index + 1 < text.length) {
      value += text[++index];
    } else if (char === quote) {
      return { value, length: index + 1 };
    } else {
      value += char;
    }
  }
  throw new ConditionSyntaxError('A quoted string is not closed.');
}

function evaluate(node: Node, record: Record<string, unknown>): boolean {
  if (node.type !== 'compare') {
    return node.type === 'and' ? evaluate(node.left, record) && evaluate(node.right, record) : evaluate(node.left, record) || evaluate(node.right, record);
  }
  const actual = valueAt(record, node.path);
  const [first] = node.values as [Literal];
  switch (node.operator) {
    case '=':
      return equals(actual, first);
    case '<':
      return order(actual, first, (sign) => sign < 0);
    case '<=':
      return order(actual, first, (sign) => sign <= 0);
    case '>':
      return order(actual, first, (sign) => sign > 0);
    case '>=':
      return order(actual, first, (sign) => sign >= 0);
    case 'like':
      return like(actual, first);
    case 'not like':
      return !like(actual, first);
    case 'contains':
      return contains(actual, first);
    case 'not contains':
      return !contains(actual, first);
    case 'in':
      return node.values.some((value) => equals(actual, value));
    case 'not in':
      return !node.values.some((value) => equals(actual, value));
    default:
      return false;
  }
}

/** The value at a dotted path, property names matched without regard to case (as the server does). */
export function valueAt(record: unknown, path: string): unknown {
  let current: unknown = record;
  for (const part of path.split('.')) {
    if (!current || typeof current !== 'object') return undefined;
    const entries = current as Record<string, unknown>;
    const key = part in entries ? part : Object.keys(entries).find((candidate) => candidate.toLowerCase() === part.toLowerCase());
    current = key === undefined ? undefined : entries[key];
  }
  return current;
}

function equals(actual: unknown, literal: Literal): boolean {
  if (actual === undefined || actual === null) return false;
  if (literal.kind === 'boolean') return actual === literal.value || String(actual).toLowerCase() === String(literal.value);
  return compare(actual, literal) === 0;
}

function order(actual: unknown, literal: Literal, accept: (sign: number) => boolean): boolean {
  if (actual === undefined || actual === null) return false;
  const sign = compare(actual, literal);
  return sign !== undefined && accept(sign);
}

/** Compares like MySQL would: numbers as numbers, dates as instants, text without regard to case. */
function compare(actual: unknown, literal: Literal): number | undefined {
  const expected = literal.value;
  if (typeof actual === 'number' || (typeof actual === 'string' && literal.kind === 'number' && /^-?\d+(\.\d+)?$/.test(actual))) {
    const number = Number(expected);
    if (!Number.isFinite(number) || (typeof expected === 'string' && expected.trim() === '')) return undefined;
    return Math.sign(Number(actual) - number);
  }
  if (typeof actual === 'string' && (literal.kind === 'date' || (literal.kind === 'string' && BARE_DATE.test(String(expected)) && BARE_DATE.test(actual)))) {
    const left = Date.parse(withZone(actual));
    const right = Date.parse(withZone(String(expected)));
    if (Number.isFinite(left) && Number.isFinite(right)) return Math.sign(left - right);
  }
  const left = String(actual).toLowerCase();
  const right = String(expected).toLowerCase();
  return left === right ? 0 : left < right ? -1 : 1;
}

function withZone(text: string): string {
  return /T.*(Z|[+-]\d{2}:?\d{2})$/.test(text) || !text.includes('T') ? text : `${text}Z`;
}

function like(actual: unknown, literal: Literal): boolean {
  if (actual === undefined || actual === null) return false;
  let pattern = '';
  const text = String(literal.value);
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (char === '\\' && index + 1 < text.length) pattern += escapeRegExp(text[++index] as string);
    else if (char === '%') pattern += '.*';
    else if (char === '_') pattern += '.';
    else pattern += escapeRegExp(char);
  }
  return new RegExp(`^${pattern}$`, 'isu').test(String(actual));
}

function contains(actual: unknown, literal: Literal): boolean {
  if (actual === undefined || actual === null) return false;
  return String(actual).toLowerCase().includes(String(literal.value).toLowerCase());
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
