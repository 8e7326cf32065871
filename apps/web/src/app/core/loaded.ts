import { HttpErrorResponse } from '@angular/common/http';
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

/**
 * Whether loading failed because there is no such thing to show: 404, or 400 for an address whose id is not an id
 * at all (and whatever else the page counts so, e.g. 403 where a record exists but is not the viewer's).
 */
export function isUnknown(error: unknown, ...alsoUnknown: number[]): boolean {
  return error instanceof HttpErrorResponse && [404, 400, ...alsoUnknown].includes(error.status);
}
