import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApplicationDto, ApplicationFields, ApplicationStatus, AuditEntryDto, ConsentsInput } from '@markt/shared';
import { Observable, catchError, map, switchMap, throwError } from 'rxjs';

const base = (id: string) => `/api/applications/${encodeURIComponent(id)}`;

/** HTTP access to the applicant's own applications and account data. */
@Injectable({ providedIn: 'root' })
export class ApplicationsService {
  private readonly http = inject(HttpClient);

  listOwn(eventId?: string): Observable<ApplicationDto[]> {
    return this.http.get<ApplicationDto[]>('/api/applications', { params: eventId ? { eventId } : {} });
  }

  get(id: string): Observable<ApplicationDto> {
    return this.http.get<ApplicationDto>(base(id));
  }

  setConsents(id: string, consents: ConsentsInput): Observable<ApplicationDto> {
    return this.http.put<ApplicationDto>(`${base(id)}/consents`, consents);
  }

  history(id: string): Observable<AuditEntryDto[]> {
    return this.http.get<AuditEntryDto[]>(`${base(id)}/history`);
  }

  /** Creates a draft; when one exists already (409 application_exists) it returns that one instead. */
  start(eventId: string): Observable<ApplicationDto> {
    return this.http.post<ApplicationDto>(`/api/events/${encodeURIComponent(eventId)}/applications`, {}).pipe(
      catchError((error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 409 && error.error?.code === 'application_exists') {
          return this.listOwn(eventId).pipe(
            map((list) => list.find((a) => a.status !== ApplicationStatus.Withdrawn)),
            switchMap((existing) => (existing ? [existing] : throwError(() => error))),
          );
        }
        return throwError(() => error);
      }),
    );
  }

  /** Empty strings and null clear a field. */
  update(
    id: string,
    changes: { [K in keyof ApplicationFields]?: ApplicationFields[K] | null | '' },
  ): Observable<ApplicationDto> {
    return this.http.patch<ApplicationDto>(base(id), changes);
  }

  submit(id: string): Observable<ApplicationDto> {
    return this.http.post<ApplicationDto>(`${base(id)}/submit`, {});
  }

  withdraw(id: string): Observable<ApplicationDto> {
    return this.http.post<ApplicationDto>(`${base(id)}/withdraw`, {});
  }

  confirm(id: string): Observable<ApplicationDto> {
    return this.http.post<ApplicationDto>(`${base(id)}/confirm`, {});
  }

  uploadLogo(id: string, file: File): Observable<ApplicationDto> {
    const body = new FormData();
    body.append('logo', file, file.name);
    return this.http.put<ApplicationDto>(`${base(id)}/logo`, body);
  }

  logoUrl(application: Pick<ApplicationDto, 'id' | 'updatedAt'>): string {
    return `${base(application.id)}/logo?v=${encodeURIComponent(application.updatedAt)}`;
  }

  /** Asks for the password again: a forgotten open session must not be enough to delete the account. */
  deleteAccount(password: string): Observable<void> {
    return this.http.delete<void>('/api/me', { body: { password } });
  }
}
