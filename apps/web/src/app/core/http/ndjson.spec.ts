import { HttpDownloadProgressEvent, HttpEvent, HttpEventType, HttpResponse } from '@angular/common/http';
import { Subject } from 'rxjs';
import { ndjsonLines } from './ndjson';

const partial = (partialText: string): HttpDownloadProgressEvent => ({
  type: HttpEventType.DownloadProgress,
  loaded: partialText.length,
  partialText,
});

describe('ndjsonLines', () => {
  it('emits each line once it is complete, and the rest with the response', () => {
    const events = new Subject<HttpEvent<string>>();
    const seen: unknown[] = [];
    let done = false;
    events.pipe(ndjsonLines()).subscribe({ next: (value) => seen.push(value), complete: () => (done = true) });
    events.next({ type: HttpEventType.Sent });
    events.next(partial('{"a":1}\n{"b"'));
    expect(seen).toEqual([{ a: 1 }]);
    events.next(partial('{"a":1}\n{"b":2}\n'));
    expect(seen).toEqual([{ a: 1 }, { b: 2 }]);
    events.next(new HttpResponse({ body: '{"a":1}\n{"b":2}\n{"c":3}' }));
    events.complete();
    expect(seen).toEqual([{ a: 1 }, { b: 2 }, { c: 3 }]);
    expect(done).toBe(true);
  });
});
