import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApplicationDto, ApplicationFields, AuditEntryDto, ConsentsInput } from '@markt/shared';
import { Observable } from 'rxjs';

const base = (id: string) => `/api/applications/${encodeURIComponent(id)}`;

/** HTTP access to the applicant's own applications and account data. */
@Injectable({ providedIn: 'root' })
export class ApplicationsService {
  private readonly http = inject(HttpClient);

  listOwn(): Observable<ApplicationDto[]> {
    return this.http.get<ApplicationDto[]>('/api/applications');
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

  /** Starts an application: the API answers a new draft, or the live application the applicant already has. */
  start(eventId: string): Observable<ApplicationDto> {
    return this.http.post<ApplicationDto>(`/api/events/${encodeURIComponent(eventId)}/applications`, {});
  }

  /** Empty strings and null clear a field. */
  update(
    id: string,
    changes: { [K in keyof ApplicationFields]?: ApplicationFields[K] | null | '' },
  ): Observable<ApplicationDto> {
    return this.http.patch<ApplicationDto>(base(id), changes);
  }

  /**
   * The same change, sent without anyone waiting for the answer: a form that is being left keeps what was
   * typed. A failure is not shown (there is no page left to show it on); the next visit shows what was saved.
   */
  updateInBackground(id: string, changes: Parameters<ApplicationsService['update']>[1]): void {
    this.update(id, changes).subscribe({ error: () => undefined });
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
