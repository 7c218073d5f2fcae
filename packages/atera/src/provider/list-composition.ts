import { Paginated } from '@psagate/core';

/** One list made of several, walked in order: see `Paginated.concat`. */
export function concatLists<T>(parts: readonly (() => Paginated<T>)[]): Paginated<T> {
  return Paginated.concat(parts.map((part) => part()));
}

/** A list whose pages go through an async step: see `Paginated.mapPages`. */
export function mapPages<T, U>(list: Paginated<T>, transform: (items: readonly T[]) => Promise<readonly U[]>): Paginated<U> {
  return list.mapPages(transform);
}
