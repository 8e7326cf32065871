import { HttpEvent, HttpEventType } from '@angular/common/http';
import { Observable, OperatorFunction } from 'rxjs';

/**
 * Turns the events of a text request made with `observe: 'events', reportProgress: true` into the
 * values of its newline-delimited JSON lines, each as soon as its line is complete.
 */
export function ndjsonLines<T>(): OperatorFunction<HttpEvent<string>, T> {
  return (events) =>
    new Observable<T>((subscriber) => {
      let used = 0;
      const take = (text: string, final: boolean) => {
        const end = final ? text.length : text.lastIndexOf('\n') + 1;
        if (end <= used) return;
        for (const line of text.slice(used, end).split('\n')) if (line.trim()) subscriber.next(JSON.parse(line) as T);
        used = end;
      };
      return events.subscribe({
        next: (event) => {
          if (event.type === HttpEventType.DownloadProgress && event.partialText !== undefined)
            take(event.partialText, false);
          else if (event.type === HttpEventType.Response) take(event.body ?? '', true);
        },
        error: (error: unknown) => subscriber.error(error),
        complete: () => subscriber.complete(),
      });
    });
}
