import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FloorFeature, PlanIssue, PlanIssueKind } from '@markt/shared';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';

/** Warnings about the drawing (overlaps, outside the room, blocked exits, duplicate numbers) as a list. */
@Component({
  selector: 'app-issue-list',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section [attr.aria-labelledby]="headingId">
      <h2 [id]="headingId">{{ heading() | t: { n: issues().length } }}</h2>
      @if (issues().length) {
        <ul class="issues">
          @for (issue of issues(); track $index) {
            <li><span aria-hidden="true">⚠ </span>{{ 'floorPlan.issue.' + issue.kind | t: params(issue) }}</li>
          }
        </ul>
      } @else {
        <p>{{ 'floorPlan.noIssues' | t }}</p>
      }
    </section>
  `,
})
export class IssueListComponent {
  readonly issues = input.required<PlanIssue[]>();
  readonly features = input<readonly FloorFeature[]>([]);
  readonly heading = input.required<string>();
  private readonly i18n = inject(I18nService);
  private static nextId = 0;
  protected readonly headingId = `issues-${IssueListComponent.nextId++}`;

  protected params(issue: PlanIssue): Record<string, string> {
    const [a = '', b = ''] = issue.subjects;
    if (issue.kind !== PlanIssueKind.BlocksExit) return { a, b };
    // the server names the exit by its label, or by its id when it has none
    const exit = this.features().find((f) => f.id === a);
    const name = exit ? exit.label || this.i18n.t('floorPlan.kind.emergency_exit') : a;
    return { exit: name, stands: issue.subjects.slice(1).join(', ') };
  }
}
