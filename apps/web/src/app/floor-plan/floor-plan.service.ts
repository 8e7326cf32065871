import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApplyPlacementsInput,
  AssignmentsView,
  ExchangeInput,
  FloorPlanDto,
  FloorPlanInput,
  PlanIssue,
  SUGGESTION_STREAM_TYPE,
  SuggestionDto,
  SuggestionStreamLine,
} from '@markt/shared';
import { Observable } from 'rxjs';
import { ndjsonLines } from '../core/http/ndjson';

/** What a save returns: the stored plan plus the warnings found in it. */
export type SavedFloorPlan = FloorPlanDto & { issues?: PlanIssue[] };

/** HTTP access to an event's floor plan and stand assignments (admin only). */
@Injectable({ providedIn: 'root' })
export class FloorPlanService {
  private readonly http = inject(HttpClient);

  private base(eventId: string): string {
    return `/api/events/${encodeURIComponent(eventId)}`;
  }

  getPlan(eventId: string): Observable<FloorPlanDto> {
    return this.http.get<FloorPlanDto>(`${this.base(eventId)}/floor-plan`);
  }

  savePlan(eventId: string, input: FloorPlanInput): Observable<SavedFloorPlan> {
    return this.http.put<SavedFloorPlan>(`${this.base(eventId)}/floor-plan`, input);
  }

  /** Uploads a scan of the room on its own; the answer's `background` names its URL. The plan's version stays. */
  uploadBackground(eventId: string, file: File): Observable<SavedFloorPlan> {
    const body = new FormData();
    body.append('background', file, file.name);
    return this.http.put<SavedFloorPlan>(`${this.base(eventId)}/floor-plan/background`, body);
  }

  getAssignments(eventId: string): Observable<AssignmentsView> {
    return this.http.get<AssignmentsView>(`${this.base(eventId)}/assignments`);
  }

  assign(eventId: string, standId: string, applicationId: string): Observable<AssignmentsView> {
    return this.http.put<AssignmentsView>(`${this.base(eventId)}/assignments/${encodeURIComponent(standId)}`, {
      applicationId,
    });
  }

  unassign(eventId: string, standId: string, applicationId: string): Observable<AssignmentsView> {
    return this.http.delete<AssignmentsView>(`${this.base(eventId)}/assignments/${encodeURIComponent(standId)}`, {
      params: { applicationId },
    });
  }

  swap(eventId: string, a: string, b: string): Observable<AssignmentsView> {
    return this.http.post<AssignmentsView>(`${this.base(eventId)}/assignments/swap`, { a, b });
  }

  /** `applicationId` takes the place of `withApplicationId`, which takes its old place (or none). */
  exchange(eventId: string, applicationId: string, withApplicationId: string): Observable<AssignmentsView> {
    const body: ExchangeInput = { applicationId, withApplicationId };
    return this.http.post<AssignmentsView>(`${this.base(eventId)}/assignments/exchange`, body);
  }

  suggest(eventId: string): Observable<SuggestionDto> {
    return this.http.post<SuggestionDto>(`${this.base(eventId)}/assignments/suggest`, {});
  }

  /**
   * The suggestion with the search's progress (see SuggestionStreamLine): one value per line as it
   * arrives. Unsubscribing closes the connection, which stops the search on the server.
   */
  suggestWithProgress(eventId: string): Observable<SuggestionStreamLine> {
    return this.http
      .post(
        `${this.base(eventId)}/assignments/suggest`,
        {},
        {
          headers: { Accept: SUGGESTION_STREAM_TYPE },
          responseType: 'text',
          observe: 'events',
          reportProgress: true,
        },
      )
      .pipe(ndjsonLines<SuggestionStreamLine>());
  }

  apply(eventId: string, input: ApplyPlacementsInput): Observable<AssignmentsView> {
    return this.http.post<AssignmentsView>(`${this.base(eventId)}/assignments/apply`, input);
  }
}
