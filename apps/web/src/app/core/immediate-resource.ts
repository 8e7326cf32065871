import { Signal, effect, signal, untracked } from '@angular/core';
import { Observable } from 'rxjs';
import { LoadState } from './loaded';

/** The data of an `immediateResource`: the last value, the error if loading failed, and the state to show. */
export interface ImmediateResource<T> {
  readonly value: Signal<T | undefined>;
  readonly error: Signal<unknown>;
  readonly state: Signal<LoadState>;
}

/**
 * Loads `stream(params())` again whenever the params change, like `rxResource`, but a value the stream gives
 * at once shows in the same render. A server-rendered page needs this: the data the server transferred
 * arrives synchronously (HttpClient's transfer cache), and hydration's first render must match the server's
 * page instead of showing 'loading' first, as `rxResource` (which resolves through a promise) would.
 * Call it in an injection context; loading stops with the component.
 */
export function immediateResource<P, T>(params: () => P, stream: (params: P) => Observable<T>): ImmediateResource<T> {
  const value = signal<T | undefined>(undefined);
  const error = signal<unknown>(undefined);
  const state = signal<LoadState>('loading');
  effect((onCleanup) => {
    const current = params();
    untracked(() => {
      state.set('loading');
      error.set(undefined);
      const subscription = stream(current).subscribe({
        next: (next) => {
          value.set(next);
          state.set('ready');
        },
        error: (failure: unknown) => {
          error.set(failure);
          state.set('error');
        },
      });
      onCleanup(() => subscription.unsubscribe());
    });
  });
  return { value: value.asReadonly(), error: error.asReadonly(), state: state.asReadonly() };
}
