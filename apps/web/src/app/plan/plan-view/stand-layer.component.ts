import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { PlanMode } from './plan-view.model';
import { StandItem } from './stand-items';

/**
 * One group of stands of the drawing. A component of its own so that, while one stand is dragged, only
 * its group is checked and redrawn: the others get the same `items` array and are skipped (OnPush).
 */
@Component({
  // eslint-disable-next-line @angular-eslint/component-selector -- inside an <svg>, the host must be an SVG element itself
  selector: 'g[appStandLayer]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './stand-layer.component.html',
  styleUrl: './stand-layer.component.scss',
  // Stand numbers, captions and marks take their size from the group (captions a little smaller, see the styles).
  host: { '[class]': 'mode()', '[style.font-size.px]': 'labelSize()' },
})
export class StandLayerComponent {
  readonly items = input.required<readonly StandItem[]>();
  readonly mode = input.required<PlanMode>();
  /** Font size of stand numbers in metres. */
  readonly labelSize = input.required<number>();
}
