import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { DataTableComponent } from '../ui/data-table.component';
import { PlanState } from './plan-state';

/** The plan as tables (WCAG 1.1.1): every stand and every fixed feature with position and size. */
@Component({
  selector: 'app-plan-tables',
  imports: [TranslatePipe, DataTableComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    /* Off screen (while a stand is dragged on the drawing above) the browser skips laying out and
       painting a 1,000-row table; it keeps the size it last had, so nothing moves, and stays readable. */
    :host {
      display: block;
      content-visibility: auto;
      contain-intrinsic-size: auto 40rem;
    }
  `,
  templateUrl: './plan-tables.component.html',
})
export class PlanTablesComponent {
  readonly plan = input.required<PlanState>();
  protected readonly standColumns = [
    'floorPlan.props.number',
    'floorPlan.table.position',
    'floorPlan.table.size',
    'floorPlan.props.rotation',
    'floorPlan.props.hasPower',
    'floorPlan.props.stepFree',
    'floorPlan.props.capacity',
    'floorPlan.props.notes',
  ];
  protected readonly featureColumns = [
    'floorPlan.props.kind',
    'floorPlan.props.label',
    'floorPlan.table.position',
    'floorPlan.table.size',
  ];
}
