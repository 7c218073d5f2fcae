import { ValidationError } from '@psagate/core';
import { checkFieldPath } from './field-path';
import { type ConditionValue, type DateStyle, renderValue } from './condition-value';

/** Comparison operators of the condition language (`eq` is an alias of `=`). */
export const comparisonOperators = ['=', 'eq', '<', '<=', '>', '>=', 'like', 'not like', 'contains', 'not contains', 'in', 'not in'] as const;
export type ComparisonOperator = (typeof comparisonOperators)[number];

const LIST_OPERATORS = new Set<ComparisonOperator>(['in', 'not in']);
const TEXT_OPERATORS = new Set<ComparisonOperator>(['like', 'not like', 'contains', 'not contains']);

export interface RenderOptions {
  /** How Date values are written (default `bare`, as in Automate's examples). */
  readonly dates?: DateStyle | undefined;
}

interface ConditionNode {
  render(options: RenderOptions, nested: boolean): string;
}

/**
 * A condition built from checked parts: field paths are identifiers, operators come from the
 * language, every value is quoted and escaped. `toString()` gives the condition text; the client
 * URL-encodes it into the `condition` query parameter.
 */
export class Condition {
  readonly #node: ConditionNode;

  /** @internal built by `field()`, `and()`, `or()`. */
  constructor(node: ConditionNode) {
    this.#node = node;
  }

  and(...others: readonly (Condition | undefined)[]): Condition {
    return and(this, ...others);
  }

  or(...others: readonly (Condition | undefined)[]): Condition {
    return or(this, ...others);
  }

  /** The condition text, e.g. `Client.Id = 12 and Status = 'Offline'`. */
  render(options: RenderOptions = {}): string {
    return this.#node.render(options, false);
  }

  /** The condition text, URL-encoded for a query string. */
  encoded(options: RenderOptions = {}): string {
    return encodeURIComponent(this.render(options));
  }

  toString(): string {
    return this.render();
  }

  toJSON(): string {
    return this.render();
  }

  /** @internal */
  renderNested(options: RenderOptions): string {
    return this.#node.render(options, true);
  }
}

/**
 * A condition string passed through as is. Nothing in it is checked or escaped: never build one from
 * user input. Prefer `field()` / `and()` / `or()`.
 */
export class UnescapedCondition {
  readonly unescaped = true;
  constructor(readonly text: string) {
    if (typeof text !== 'string' || text.trim() === '') {
      throw new ValidationError('An unescaped Automate condition must be a non-empty string.', { provider: 'automate', code: 'INVALID_CONDITION' });
    }
  }

  render(): string {
    return this.text;
  }

  toString(): string {
    return this.text;
  }
}

/** Marks a hand-written condition string as deliberately unescaped (power users only: never with user input). */
export function unescapedCondition(text: string): UnescapedCondition {
  return new UnescapedCondition(text);
}

export type AnyCondition = Condition | UnescapedCondition;

export function isCondition(value: unknown): value is AnyCondition {
  return value instanceof Condition || value instanceof UnescapedCondition;
}

/** The text of a checked or unescaped condition. */
export function renderCondition(condition: AnyCondition, options: RenderOptions = {}): string {
  return condition instanceof Condition ? condition.render(options) : condition.render();
}

class Comparison implements ConditionNode {
  constructor(
    readonly path: string,
    readonly operator: ComparisonOperator,
    readonly value: ConditionValue | readonly ConditionValue[],
  ) {}

  render(options: RenderOptions): string {
    const operator = this.operator === 'eq' ? '=' : this.operator;
    if (Array.isArray(this.value)) return `${this.path} ${operator} (${this.value.map((item) => renderValue(item, options.dates)).join(', ')})`;
    return `${this.path} ${operator} ${renderValue(this.value, options.dates)}`;
  }
}

class Group implements ConditionNode {
  constructor(
    readonly joiner: 'and' | 'or',
    readonly parts: readonly Condition[],
  ) {}

  render(options: RenderOptions, nested: boolean): string {
    const text = this.parts.map((part) => part.renderNested(options)).join(` ${this.joiner} `);
    return nested && this.parts.length > 1 ? `(${text})` : text;
  }
}

/** Builds comparisons on one field path (`ComputerName`, `Client.Id`). */
export class FieldCondition {
  readonly path: string;

  constructor(path: string) {
    this.path = checkFieldPath(path);
  }

  eq(value: ConditionValue): Condition {
    return this.compare('=', value);
  }
  lt(value: number | string | Date): Condition {
    return this.compare('<', value);
  }
  lte(value: number | string | Date): Condition {
    return this.compare('<=', value);
  }
  gt(value: number | string | Date): Condition {
    return this.compare('>', value);
  }
  gte(value: number | string | Date): Condition {
    return this.compare('>=', value);
  }
  /** MySQL LIKE: `%` matches any run of characters, `_` any one. */
  like(pattern: string): Condition {
    return this.compare('like', pattern);
  }
  notLike(pattern: string): Condition {
    return this.compare('not like', pattern);
  }
  contains(text: string): Condition {
    return this.compare('contains', text);
  }
  notContains(text: string): Condition {
    return this.compare('not contains', text);
  }
  in(values: readonly ConditionValue[]): Condition {
    return this.compare('in', values);
  }
  notIn(values: readonly ConditionValue[]): Condition {
    return this.compare('not in', values);
  }

  /** Any operator by name, checked at run time (for operators chosen from data). */
  compare(operator: ComparisonOperator, value: ConditionValue | readonly ConditionValue[]): Condition {
    const op = typeof operator === 'string' ? (operator.trim().toLowerCase().replace(/\s+/g, ' ') as ComparisonOperator) : operator;
    if (!comparisonOperators.includes(op)) {
      throw new ValidationError(`Automate condition operator ${JSON.stringify(String(operator)).slice(0, 40)} is not supported; use one of ${comparisonOperators.join(', ')}.`, {
        provider: 'automate',
        code: 'INVALID_CONDITION_OPERATOR',
      });
    }
    if (LIST_OPERATORS.has(op)) {
      if (!Array.isArray(value) || value.length === 0) throw invalidValue(`${op} needs a non-empty list of values for ${this.path}.`);
    } else if (Array.isArray(value)) {
      throw invalidValue(`${op} compares ${this.path} with one value, not a list (use in for lists).`);
    } else if (TEXT_OPERATORS.has(op) && typeof value !== 'string') {
      throw invalidValue(`${op} needs a string for ${this.path}.`);
    }
    const node = new Comparison(this.path, op, Array.isArray(value) ? [...(value as readonly ConditionValue[])] : (value as ConditionValue));
    // Render once now, so a bad value fails where the condition is built, not where it is sent.
    node.render({});
    return new Condition(node);
  }
}

function invalidValue(message: string): ValidationError {
  return new ValidationError(`Automate condition: ${message}`, { provider: 'automate', code: 'INVALID_CONDITION_VALUE' });
}

/** Starts a comparison on a field path: `field('Client.Id').eq(12)`. */
export function field(path: string): FieldCondition {
  return new FieldCondition(path);
}

/** All conditions hold; undefined entries are skipped, so optional filters compose. Undefined when none remain. */
export function and(...conditions: readonly (Condition | undefined)[]): Condition {
  return group('and', conditions);
}

/** Any condition holds; undefined entries are skipped. */
export function or(...conditions: readonly (Condition | undefined)[]): Condition {
  return group('or', conditions);
}

function group(joiner: 'and' | 'or', conditions: readonly (Condition | undefined)[]): Condition {
  const parts = conditions.filter((condition): condition is Condition => condition !== undefined);
  for (const part of parts) {
    if (!(part instanceof Condition)) {
      throw new ValidationError(`Automate ${joiner}() takes conditions built with field(), and() or or(); wrap hand-written text in unescapedCondition() and pass it to the client instead.`, {
        provider: 'automate',
        code: 'INVALID_CONDITION',
      });
    }
  }
  if (parts.length === 0) throw new ValidationError(`Automate ${joiner}() needs at least one condition.`, { provider: 'automate', code: 'INVALID_CONDITION' });
  if (parts.length === 1) return parts[0] as Condition;
  return new Condition(new Group(joiner, parts));
}

/** `and()` that allows nothing: undefined when every entry is undefined (no filter at all). */
export function allOf(...conditions: readonly (Condition | undefined)[]): Condition | undefined {
  return conditions.some((condition) => condition !== undefined) ? and(...conditions) : undefined;
}
