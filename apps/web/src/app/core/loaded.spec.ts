import { HttpErrorResponse } from '@angular/common/http';
import { Injector } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TestBed } from '@angular/core/testing';
import { throwError } from 'rxjs';
import { isUnknown, loadState } from './loaded';

const answer = (status: number) => new HttpErrorResponse({ status, url: '/api/x' });

describe('isUnknown', () => {
  it('counts 404 and 400 (an id that is none) as nothing to show, other failures not, unless the page says so', () => {
    expect([isUnknown(answer(404)), isUnknown(answer(400)), isUnknown(answer(403)), isUnknown(answer(500))]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(isUnknown(answer(403), 403)).toBe(true);
    expect(isUnknown(new Error('offline'))).toBe(false);
  });

  it('recognises the answer as a resource keeps it (unwrapped), so a page says "not found" rather than "error"', async () => {
    const resource = rxResource({
      stream: () => throwError(() => answer(404)),
      injector: TestBed.inject(Injector),
    });
    TestBed.tick();
    await new Promise((resolve) => setTimeout(resolve));
    expect(loadState(resource)).toBe('error');
    expect(isUnknown(resource.error())).toBe(true);
  });
});
