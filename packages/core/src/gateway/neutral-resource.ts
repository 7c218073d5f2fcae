import { abortedError } from '../errors/aborted-error';
import { UnsupportedOperationError } from '../errors/error-types';
import { isPsaError } from '../errors/psa-error';
import type { Paginated } from '../pagination/paginated';
import type { OperationOptions } from '../ports/operation-options';
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

  /**
   * Runs one operation for the caller. Aborted, it fails with NetworkError `ABORTED` wherever the
   * abort caught it: the transport's, or one made here for a wait that rejected with the bare reason.
   */
  protected async run<T>(operation: Operation, options: OperationOptions, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw this.#typedAbort(operation, error, options.signal);
    }
  }

  /** A list the caller walks: the operation's signal stops every walk too, and an aborted walk fails typed (see `run`). */
  protected walked<T>(operation: Operation, options: OperationOptions, list: Paginated<T>): Paginated<T> {
    // withSignal outermost: the error's transform sees the signal the walk actually ran on.
    return list.mapError((error, signal) => this.#typedAbort(operation, error, signal)).withSignal(options.signal);
  }

  #typedAbort(operation: Operation, error: unknown, signal: AbortSignal | undefined): unknown {
    if (isPsaError(error) || !signal?.aborted) return error;
    return abortedError({ provider: this.provider, operation: `${this.resource}.${operation}` });
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
