/**
 * A response DTO with every declared property present: the generated schemas make each property
 * optional and keep unknown ones, but the sandbox answers like Atera, with all of them and nothing else.
 * The index signature of loose objects is dropped, so TypeScript rejects a missing or an extra property.
 * Primitives pass through first: an open enum (`'Low' | (string & {})`) is a string, not an object.
 */
export type Complete<T> = T extends string | number | boolean | bigint | symbol | null | undefined
  ? T
  : T extends readonly (infer Element)[]
    ? Complete<Element>[]
    : T extends object
      ? CompleteObject<T>
      : T;

type CompleteObject<T> = { [K in keyof T as string extends K ? never : K]-?: Complete<Exclude<T[K], undefined>> };
