import { PlanElementRef } from './plan-view.model';
import { StandLabel, standLabel } from './stand-labels';
import { StandView, layers } from './stand-view';

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

/** What decides how the stands look, besides the stands themselves. */
export interface StandsState {
  labelSize: number;
  /** Equipment marks join the number (staff screens). */
  marks: boolean;
  captions: Partial<Record<string, string[]>>;
  occupants: Partial<Record<string, unknown[]>>;
  selected: PlanElementRef | null;
  flagged: ReadonlySet<string>;
  conflicted: ReadonlySet<string>;
  highlighted: string | null;
  cursor: string | null;
  /** Stands something is being dragged or moved onto. */
  drops: readonly (string | null)[];
}

/**
 * The stands in groups of `size`, each drawn by its own component: an item stays the same object while
 * nothing of its stand changes, and a group whose items are all unchanged keeps its array, so while one
 * stand is dragged only its group is checked. A stand's label says its number (with equipment marks when
 * they fit) and its captions cut to the stand's width; a number too large for its stand is `tight`.
 */
export class StandItems {
  private items = new Map<string, StandItem>();
  private groups: readonly (readonly StandItem[])[] = [];

  constructor(private readonly size: number) {}

  groupsOf(stands: readonly StandView[], state: StandsState): readonly (readonly StandItem[])[] {
    const before = this.items;
    this.items = new Map();
    const items = stands.map((view) => {
      const item = itemOf(view, state);
      const old = before.get(view.key);
      const kept = old && sameItem(old, item) ? old : item;
      this.items.set(view.key, kept);
      return kept;
    });
    const previous = this.groups;
    this.groups = layers(items, this.size).map((group, i) =>
      previous[i]?.length === group.length && previous[i].every((item, j) => item === group[j]) ? previous[i] : group,
    );
    return this.groups;
  }
}

function itemOf(view: StandView, state: StandsState): StandItem {
  const { key, stand } = view;
  return {
    view,
    label: standLabel(view, state.labelSize, state.marks, state.captions[key]),
    selected: state.selected?.type === 'stand' && state.selected.key === key,
    issue: state.flagged.has(stand.number) || state.conflicted.has(key),
    conflict: state.conflicted.has(key),
    drop: state.drops.includes(key),
    highlighted: stand.id !== undefined && stand.id === state.highlighted,
    cursor: state.cursor === key,
    captions: !state.occupants[key],
  };
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
