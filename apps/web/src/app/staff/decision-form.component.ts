import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatRadioModule } from '@angular/material/radio';
import { ApplicationDto, DECISIONS, Decision, DecisionInput, LIMITS, PendingDecisionDto } from '@markt/shared';
import { Observable } from 'rxjs';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { formSubmit } from '../core/forms/form-submit';
import { handleFormError } from '../core/forms/server-errors';
import { NotificationService } from '../core/notification.service';
import { focusAfterRender } from '../ui/focus-after-render';
import { DefinedTextFieldComponent, TextFieldDef } from '../ui/defined-text-field.component';
import { statusKey } from '../applicant/application-status';
import { DecisionProblem, decisionKey, decisionProblem } from './decision.model';
import { ReviewService } from './review.service';

/** What a decision did: taken (the applications as they are now), or only staged. */
export type DecisionResult = { staged: false; items: ApplicationDto[] } | { staged: true; items: PendingDecisionDto[] };

/**
 * Decision for one application (`applicationId`) or several of an event (`eventId` + `applicationIds`):
 * decision, optional message to the applicant; over-capacity needs an explicit confirmation.
 */
@Component({
  selector: 'app-decision-form',
  imports: [...FORM_IMPORTS, MatRadioModule, MatCheckboxModule, DefinedTextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './decision-form.component.html',
})
export class DecisionFormComponent {
  readonly applicationIds = input.required<string[]>();
  /** Set for decisions on several applications at once (the ids, legend and button then say so). */
  readonly eventId = input<string | null>(null);
  /** Organisation names by application id, for refusals. */
  readonly names = input<Partial<Record<string, string>>>({});
  /** Counting reviews of the one application and the event's minimum: the API refuses a decision below it. */
  readonly reviewCount = input<number | null>(null);
  readonly minReviews = input(0);
  /** Taken, or only staged (nothing changed for the applicants yet). */
  readonly decided = output<DecisionResult>();

  private readonly service = inject(ReviewService);
  private readonly notifications = inject(NotificationService);
  private readonly focusLater = focusAfterRender();
  private readonly overCapacityBox = viewChild<ElementRef<HTMLElement>>('overCapacityBox');

  private readonly bulk = computed(() => this.eventId() !== null);
  protected readonly idPrefix = computed(() => (this.bulk() ? 'bulk' : 'decision'));
  protected readonly legendKey = computed(() => (this.bulk() ? 'decision.bulkLegend' : 'decision.legend'));
  protected readonly submitKey = computed(() => (this.bulk() ? 'decision.bulkSubmit' : 'decision.submit'));
  protected readonly messageField = computed<TextFieldDef>(() => ({
    id: this.idPrefix() + '-message',
    label: 'decision.message',
    hint: 'decision.messageHint',
    rows: 3,
  }));
  protected readonly decisions = DECISIONS;
  protected readonly optionKey = decisionKey;
  protected readonly statusLabel = statusKey;
  protected readonly problem = signal<DecisionProblem | null>(null);
  protected readonly form = new FormGroup({
    decision: new FormControl<Decision | null>(null, [Validators.required]),
    message: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(LIMITS.review.message)] }),
    stage: new FormControl(false, { nonNullable: true }),
  });
  protected readonly submission = formSubmit(this.form);
  protected readonly confirmOverCapacity = new FormControl(false, { nonNullable: true });
  protected readonly tooFewReviews = computed(() => {
    const count = this.reviewCount();
    return count !== null && count < this.minReviews();
  });

  protected overCapacity(): Record<string, number> {
    const problem = this.problem();
    return problem?.kind === 'overCapacity' ? problem.params : {};
  }

  protected refused() {
    const problem = this.problem();
    return problem?.kind === 'refused' ? problem.items : [];
  }

  protected submit(): void {
    if (this.form.valid && (this.tooFewReviews() || this.applicationIds().length === 0)) return;
    const { decision, message, stage } = this.form.getRawValue();
    this.submission.run(
      () => this.request(decision as Decision, message.trim(), stage),
      (result) => {
        this.problem.set(null);
        this.confirmOverCapacity.setValue(false);
        this.form.reset({ decision: null, message: '', stage });
        const done = Array.isArray(result) ? result : [result];
        this.notifications.show({ key: stage ? 'decision.staged' : 'decision.saved', params: { count: done.length } });
        this.decided.emit(
          stage
            ? { staged: true, items: done as PendingDecisionDto[] }
            : { staged: false, items: done as ApplicationDto[] },
        );
      },
      (error) => {
        const problem = decisionProblem(error);
        this.problem.set(problem.kind === 'other' ? null : problem);
        if (problem.kind === 'overCapacity') {
          this.confirmOverCapacity.setValue(false);
          this.focusLater(this.overCapacityBox);
        }
        return problem.kind === 'other' ? handleFormError(this.form, error) : [];
      },
    );
  }

  /** Staged or taken at once, for one application or (with an event) several. */
  private request(
    decision: Decision,
    message: string,
    stage: boolean,
  ): Observable<ApplicationDto[] | ApplicationDto | PendingDecisionDto[] | PendingDecisionDto> {
    const input: DecisionInput = { decision };
    if (message) input.message = message;
    if (this.problem()?.kind === 'overCapacity' && this.confirmOverCapacity.value) input.confirmOverCapacity = true;
    const eventId = this.eventId();
    const ids = this.applicationIds();
    if (stage) {
      return eventId
        ? this.service.stageMany(eventId, { ...input, applicationIds: ids })
        : this.service.stage(ids[0], input);
    }
    return eventId
      ? this.service.decideMany(eventId, { ...input, applicationIds: ids })
      : this.service.decide(ids[0], input);
  }
}
