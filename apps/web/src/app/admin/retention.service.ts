import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { RetentionPreviewDto, RetentionRunDto } from '@markt/shared';
import { Observable } from 'rxjs';

/** Retention of personal data (admins): what goes when, and running it now. */
@Injectable({ providedIn: 'root' })
export class RetentionService {
  private readonly http = inject(HttpClient);

  preview(): Observable<RetentionPreviewDto> {
    return this.http.get<RetentionPreviewDto>('/api/retention/preview');
  }

  run(): Observable<RetentionRunDto> {
    return this.http.post<RetentionRunDto>('/api/retention/run', {});
  }
}
