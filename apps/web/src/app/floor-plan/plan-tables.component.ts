import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { PlanState } from './plan-state';

/** The plan as tables (WCAG 1.1.1): every stand and every fixed feature with position and size. */
@Component({
  selector: 'app-plan-tables',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    /* Off screen (while a stand is dragged on the drawing above) the browser skips laying out and
       painting a 1,000-row table; it keeps the size it last had, so nothing moves, and stays readable. */
    :host {
      display: block;
      content-visibility: auto;
      contain-intrinsic-size: auto 40rem;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      min-width: 100%;
    }
    th,
    td {
      text-align: left;
      padding: 0.35rem 0.6rem;
      border-bottom: 1px solid var(--color-border-subtle);
      vertical-align: top;
    }
  `,
  template: `
    <section aria-labelledby="fp-table-heading">
      <h2 id="fp-table-heading">{{ 'floorPlan.table.heading' | t }}</h2>
      <p>{{ 'floorPlan.table.room' | t: { width: plan().width, depth: plan().depth } }}</p>
      @if (plan().stands.length) {
        <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'floorPlan.table.stands' | t">
          <table>
            <caption class="visually-hidden">
              {{
                'floorPlan.table.stands' | t
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'floorPlan.props.number' | t }}</th>
                <th scope="col">{{ 'floorPlan.table.position' | t }}</th>
                <th scope="col">{{ 'floorPlan.table.size' | t }}</th>
                <th scope="col">{{ 'floorPlan.props.rotation' | t }}</th>
                <th scope="col">{{ 'floorPlan.props.hasPower' | t }}</th>
                <th scope="col">{{ 'floorPlan.props.stepFree' | t }}</th>
                <th scope="col">{{ 'floorPlan.props.capacity' | t }}</th>
                <th scope="col">{{ 'floorPlan.props.notes' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (s of plan().stands; track s.key) {
                <tr>
                  <th scope="row">{{ s.number }}</th>
                  <td>{{ 'floorPlan.table.xy' | t: { x: s.x, y: s.y } }}</td>
                  <td>{{ 'floorPlan.table.wd' | t: { width: s.width, depth: s.depth } }}</td>
                  <td>{{ 'floorPlan.props.degrees' | t: { n: s.rotation } }}</td>
                  <td>{{ (s.hasPower ? 'floorPlan.yes' : 'floorPlan.no') | t }}</td>
                  <td>{{ (s.stepFree ? 'floorPlan.yes' : 'floorPlan.no') | t }}</td>
                  <td>{{ s.capacity }}</td>
                  <td>{{ s.notes ?? '' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else {
        <p>{{ 'floorPlan.table.noStands' | t }}</p>
      }
      @if (plan().features.length) {
        <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'floorPlan.table.features' | t">
          <table>
            <caption class="visually-hidden">
              {{
                'floorPlan.table.features' | t
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'floorPlan.props.kind' | t }}</th>
                <th scope="col">{{ 'floorPlan.props.label' | t }}</th>
                <th scope="col">{{ 'floorPlan.table.position' | t }}</th>
                <th scope="col">{{ 'floorPlan.table.size' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (f of plan().features; track f.id) {
                <tr>
                  <th scope="row">{{ 'floorPlan.kind.' + f.kind | t }}</th>
                  <td>{{ f.label ?? '' }}</td>
                  <td>{{ 'floorPlan.table.xy' | t: { x: f.x, y: f.y } }}</td>
                  <td>{{ 'floorPlan.table.wd' | t: { width: f.width, depth: f.depth } }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>
  `,
})
export class PlanTablesComponent {
  readonly plan = input.required<PlanState>();
}
