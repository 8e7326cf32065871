import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReviewCriterion, ReviewSummaryDto } from '@markt/shared';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ScorePipe } from './score.pipe';

/**
 * The other reviewers' reviews, hidden until the viewer reviewed (no anchoring). A review made on an
 * earlier version of the application is marked as outdated: its reviewer is asked to look again.
 */
@Component({
  selector: 'app-other-reviews',
  imports: [TranslatePipe, ScorePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .scores {
      margin: 0.25rem 0;
      padding-left: 1.25rem;
    }
  `,
  template: `
    @if (summary(); as s) {
      <p>{{ 'review.countLine' | t: { count: s.count, min: minReviews() } }}</p>
      @if (!s.unlocked) {
        <p class="hint">{{ 'review.othersHidden' | t }}</p>
      } @else {
        <p data-testid="average">{{ 'review.average' | t: { average: (s.average | score) } }}</p>
        @if (s.others.length === 0) {
          <p>{{ 'review.noOthers' | t }}</p>
        } @else {
          <ul class="card-list">
            @for (other of s.others; track other.id) {
              <li class="card" data-testid="other-review">
                <h3>
                  {{ other.reviewerName }}
                  @if (other.outdated) {
                    <span class="badge badge--waitlisted" data-testid="review-outdated">{{
                      'review.outdated' | t
                    }}</span>
                  }
                </h3>
                @if (other.conflictOfInterest) {
                  <p>{{ 'review.declaredConflict' | t }}</p>
                } @else {
                  <p>{{ 'review.total' | t: { total: (other.total | score) } }}</p>
                  <ul class="scores">
                    @for (criterion of criteria(); track $index; let i = $index) {
                      <li>{{ criterion.label }}: {{ other.scores?.[i] ?? '–' }}</li>
                    }
                  </ul>
                }
                @if (other.comment) {
                  <p class="prewrap">{{ other.comment }}</p>
                }
              </li>
            }
          </ul>
        }
      }
    }
  `,
})
export class OtherReviewsComponent {
  readonly summary = input<ReviewSummaryDto | null>(null);
  readonly criteria = input<readonly ReviewCriterion[]>([]);
  readonly minReviews = input(0);
}
