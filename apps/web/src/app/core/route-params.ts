import { Signal, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Params } from '@angular/router';
import { map } from 'rxjs';

// Signals of the current address, for a routed page or the store it provides; call in an injection context.

/** The route's parameter `name`, '' when it has none. */
export function routeParam(name: string): Signal<string> {
  return toSignal(inject(ActivatedRoute).paramMap.pipe(map((params) => params.get(name) ?? '')), { requireSync: true });
}

/** The query parameter `name`, null when the address has none. */
export function queryParam(name: string): Signal<string | null> {
  return toSignal(inject(ActivatedRoute).queryParamMap.pipe(map((params) => params.get(name))), { requireSync: true });
}

/** All query parameters of the address. */
export function queryParams(): Signal<Params> {
  return toSignal(inject(ActivatedRoute).queryParams, { requireSync: true });
}
