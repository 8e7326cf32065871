import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { PlanMode } from './plan-view.model';
import { StandLabel } from './stand-labels';
import { StandView } from './stand-view';

/** How one stand is drawn now; the drawing keeps the same object while nothing of it changes. */
export interface StandItem {
  view: StandView;
  label: StandLabel;
  selected: boolean;
  /** A plan issue or an assignment conflict: hatched and dashed, so it does not rely on colour. */
  issue: boolean;
  conflict: boolean;
  drop: boolean;
  highlighted: boolean;
  /** Reached by the arrow keys (view mode). */
  cursor: boolean;
  /** Captions are drawn unless occupants (HTML over the drawing) show who is there. */
  captions: boolean;
}

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
  host: { '[class]': 'mode()' },
})
export class StandLayerComponent {
  readonly items = input.required<readonly StandItem[]>();
  readonly mode = input.required<PlanMode>();
  /** Font size of stand numbers in metres. */
  readonly labelSize = input.required<number>();
}

/** True when two items draw the same (the label compared by what it shows). */
export function sameItem(a: StandItem, b: StandItem): boolean {
  return (
    a.view === b.view &&
    a.selected === b.selected &&
    a.issue === b.issue &&
    a.conflict === b.conflict &&
    a.drop === b.drop &&
    a.highlighted === b.highlighted &&
    a.cursor === b.cursor &&
    a.captions === b.captions &&
    a.label.text === b.label.text &&
    a.label.tight === b.label.tight &&
    a.label.captions.join('\n') === b.label.captions.join('\n')
  );
}
