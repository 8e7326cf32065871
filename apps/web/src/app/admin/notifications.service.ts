import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { EmailTemplateDto, EmailTemplateInput, Language, OutboxMessageDto, TemplateKind } from '@markt/shared';
import { Observable } from 'rxjs';

const templates = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}/email-templates`;

/** HTTP access to the outbox and the email templates of an event (admin only). */
@Injectable({ providedIn: 'root' })
export class NotificationsService {
  private readonly http = inject(HttpClient);

  outbox(): Observable<OutboxMessageDto[]> {
    return this.http.get<OutboxMessageDto[]>('/api/outbox');
  }

  editMessage(id: string, changes: { subject?: string; body?: string }): Observable<OutboxMessageDto> {
    return this.http.patch<OutboxMessageDto>(`/api/outbox/${encodeURIComponent(id)}`, changes);
  }

  retry(id: string): Observable<OutboxMessageDto> {
    return this.http.post<OutboxMessageDto>(`/api/outbox/${encodeURIComponent(id)}/retry`, {});
  }

  templates(eventId: string): Observable<EmailTemplateDto[]> {
    return this.http.get<EmailTemplateDto[]>(templates(eventId));
  }

  saveTemplate(
    eventId: string,
    kind: TemplateKind,
    language: Language,
    input: EmailTemplateInput,
  ): Observable<EmailTemplateDto> {
    return this.http.put<EmailTemplateDto>(`${templates(eventId)}/${kind}/${language}`, input);
  }

  resetTemplate(eventId: string, kind: TemplateKind, language: Language): Observable<void> {
    return this.http.delete<void>(`${templates(eventId)}/${kind}/${language}`);
  }
}
