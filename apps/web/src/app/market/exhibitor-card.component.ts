import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { PublicExhibitor } from '@markt/shared';
import { TranslatePipe } from '../core/i18n/t.pipe';

/** One exhibitor of the public list; "Stand zeigen" asks the page to mark the stand on the plan. */
@Component({
  selector: 'app-exhibitor-card',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      height: 100%;
    }
    .card {
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
    }
    .head {
      display: flex;
      gap: 0.75rem;
      align-items: flex-start;
      justify-content: space-between;
    }
    h3 {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .project {
      margin: 0;
      font-weight: 600;
    }
    p {
      margin: 0;
    }
    /* A fixed box, so the text beside it does not move when the logo arrives. */
    .logo {
      flex: none;
      width: 5.5rem;
      height: 3.5rem;
      object-fit: scale-down;
      object-position: right top;
    }
    .chips {
      margin: 0.25rem 0;
      font-size: 0.9rem;
    }
    .foot {
      margin-top: auto;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      padding-top: 0.5rem;
    }
    .stand {
      font-weight: 700;
    }
    .open {
      color: var(--color-muted);
    }
  `,
  template: `
    @let e = exhibitor();
    <article class="card" [attr.aria-labelledby]="'exhibitor-' + e.id">
      <div class="head">
        <div>
          <h3 [id]="'exhibitor-' + e.id">{{ e.organisationName }}</h3>
          <p class="project">{{ e.projectTitle }}</p>
        </div>
        @if (e.logoUrl) {
          <img
            class="logo"
            [src]="e.logoUrl"
            [alt]="'market.logoAlt' | t: { name: e.organisationName }"
            width="88"
            height="56"
            loading="lazy"
          />
        }
      </div>
      @if (e.shortText) {
        <p>{{ e.shortText }}</p>
      }
      @if (e.topics.length) {
        <ul class="chips" [attr.aria-label]="'market.topics' | t">
          @for (topic of e.topics; track $index) {
            <li>{{ topic }}</li>
          }
        </ul>
      }
      <div class="foot">
        @if (e.standNumber && e.standId) {
          <span class="stand">{{ 'market.stand' | t: { number: e.standNumber } }}</span>
          <button
            class="button-link"
            type="button"
            [id]="'show-' + e.id"
            [attr.aria-describedby]="'exhibitor-' + e.id"
            [attr.aria-pressed]="active()"
            (click)="showStand.emit(e)"
          >
            {{ 'market.showStand' | t }}
          </button>
        } @else {
          <span class="open">{{ 'market.standOpen' | t }}</span>
        }
        @if (e.website) {
          <a [href]="e.website" rel="noopener noreferrer" [attr.aria-describedby]="'exhibitor-' + e.id">{{
            'market.website' | t
          }}</a>
        }
      </div>
    </article>
  `,
})
export class ExhibitorCardComponent {
  readonly exhibitor = input.required<PublicExhibitor>();
  /** True while this exhibitor's stand is marked on the plan. */
  readonly active = input(false);
  readonly showStand = output<PublicExhibitor>();
}
