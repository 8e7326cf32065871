import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { FeedbackInput } from '@markt/shared';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class FeedbackService {
  private readonly http = inject(HttpClient);

  send(input: FeedbackInput): Observable<unknown> {
    return this.http.post('/api/feedback', input);
  }
}
