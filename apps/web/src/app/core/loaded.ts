import { Resource } from '@angular/core';

export type LoadState = 'loading' | 'ready' | 'error';

/**
 * A resource's value, or undefined while it loads or after it failed — where `value()` itself would throw.
 * For computeds and title details that should simply wait for the data.
 */
export function loaded<T>(resource: Resource<T>): T | undefined {
  return resource.hasValue() ? resource.value() : undefined;
}

/** A resource's state as the three cases a page shows (a reload keeps showing the data it has). */
export function loadState(resource: Resource<unknown>): LoadState {
  if (resource.error()) return 'error';
  return resource.hasValue() ? 'ready' : 'loading';
}
