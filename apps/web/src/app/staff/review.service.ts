import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApplicationDto,
  AuditEntryDto,
  BulkDecisionInput,
  ChangeRequestInput,
  DecisionInput,
  NoteDto,
  PendingDecisionDto,
  PendingDecisionsDto,
  ReleaseInput,
  ReviewInput,
  ReviewSummaryDto,
  StaffApplicationList,
  StaffListQuery,
} from '@markt/shared';
import { Observable } from 'rxjs';
import { toHttpParams } from './staff-list.query';

const app = (id: string) => `/api/applications/${encodeURIComponent(id)}`;
const event = (id: string) => `/api/events/${encodeURIComponent(id)}`;

/** HTTP access for staff: the application list of an event, reviews, notes and decisions. */
@Injectable({ providedIn: 'root' })
export class ReviewService {
  private readonly http = inject(HttpClient);

  list(eventId: string, query: StaffListQuery): Observable<StaffApplicationList> {
    return this.http.get<StaffApplicationList>(`${event(eventId)}/applications`, { params: toHttpParams(query) });
  }

  get(id: string): Observable<ApplicationDto> {
    return this.http.get<ApplicationDto>(app(id));
  }

  history(id: string): Observable<AuditEntryDto[]> {
    return this.http.get<AuditEntryDto[]>(`${app(id)}/history`);
  }

  logoUrl(application: Pick<ApplicationDto, 'id' | 'updatedAt'>): string {
    return `${app(application.id)}/logo?v=${encodeURIComponent(application.updatedAt)}`;
  }

  reviews(id: string): Observable<ReviewSummaryDto> {
    return this.http.get<ReviewSummaryDto>(`${app(id)}/reviews`);
  }

  review(id: string, input: ReviewInput): Observable<ReviewSummaryDto> {
    return this.http.post<ReviewSummaryDto>(`${app(id)}/reviews`, input);
  }

  notes(id: string): Observable<NoteDto[]> {
    return this.http.get<NoteDto[]>(`${app(id)}/notes`);
  }

  addNote(id: string, text: string): Observable<NoteDto> {
    return this.http.post<NoteDto>(`${app(id)}/notes`, { text });
  }

  decide(id: string, input: DecisionInput): Observable<ApplicationDto> {
    return this.http.post<ApplicationDto>(`${app(id)}/decision`, input);
  }

  decideMany(eventId: string, input: BulkDecisionInput): Observable<ApplicationDto[]> {
    return this.http.post<ApplicationDto[]>(`${event(eventId)}/decisions`, input);
  }

  /** Stages the decision as pending instead of applying it. */
  stage(id: string, input: DecisionInput): Observable<PendingDecisionDto> {
    return this.http.post<PendingDecisionDto>(`${app(id)}/decision`, { ...input, stage: true });
  }

  stageMany(eventId: string, input: BulkDecisionInput): Observable<PendingDecisionDto[]> {
    return this.http.post<PendingDecisionDto[]>(`${event(eventId)}/decisions`, { ...input, stage: true });
  }

  withdrawStaged(id: string): Observable<void> {
    return this.http.delete<void>(`${app(id)}/pending-decision`);
  }

  pending(eventId: string): Observable<PendingDecisionsDto> {
    return this.http.get<PendingDecisionsDto>(`${event(eventId)}/decisions/pending`);
  }

  release(eventId: string, input: ReleaseInput): Observable<ApplicationDto[]> {
    return this.http.post<ApplicationDto[]>(`${event(eventId)}/decisions/release`, input);
  }

  requestChanges(id: string, input: ChangeRequestInput): Observable<ApplicationDto> {
    return this.http.post<ApplicationDto>(`${app(id)}/request-changes`, input);
  }

  sendConfirmationReminders(eventId: string): Observable<{ queued: number }> {
    return this.http.post<{ queued: number }>(`${event(eventId)}/confirmation-reminders`, {});
  }

  exportUrl(eventId: string, format: 'csv' | 'xlsx'): string {
    return `${event(eventId)}/applications.${format}`;
  }
}
