import { UnsupportedOperationError } from '../errors/error-types';
import type { Paginated } from '../pagination/paginated';
import type { ResourceCapabilities } from '../provider/capabilities';
import type { InputContext } from './parse-input';

/**
 * What every neutral port shares: it knows the provider and resource, and hands out the adapter's
 * implementation of an operation, or throws UnsupportedOperationError when there is none.
 */
export abstract class NeutralResource<Adapter extends object, Operation extends string> {
  constructor(
    protected readonly provider: string,
    protected readonly resource: string,
    protected readonly adapter: Adapter | undefined,
    protected readonly capabilities: ResourceCapabilities<Operation, string>,
  ) {}

  protected context(operation: Operation): InputContext {
    return { provider: this.provider, operation: `${this.resource}.${operation}` };
  }

  /** A neutral list as callers walk it: no record twice, even when the PSA's pages shift under the walk. */
  protected onceEach<T extends { readonly id: string }>(list: Paginated<T>): Paginated<T> {
    return list.distinctBy((record) => record.id);
  }

  /** The adapter's method for `operation`, bound to the adapter. */
  protected implementation<K extends Operation & keyof Adapter>(operation: K): NonNullable<Adapter[K]> {
    const method = this.adapter?.[operation];
    if (!this.capabilities.operations[operation] || typeof method !== 'function') {
      throw new UnsupportedOperationError(this.provider, `${this.resource}.${operation}`, this.capabilities.note);
    }
    return method.bind(this.adapter) as NonNullable<Adapter[K]>;
  }
}
