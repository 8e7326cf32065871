import { ChangeDetectionStrategy, Component, computed, effect, input, output, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { APPLICATION_STATUSES, ApplicationStatus, LIMITS, StaffListQuery, StaffListSort } from '@markt/shared';
import { statusKey } from '../applicant/application-status';
import { TranslatePipe } from '../core/i18n/t.pipe';

type FlagFilter = '' | 'true' | 'false';

const toFlag = (value: boolean | undefined): FlagFilter => (value === undefined ? '' : value ? 'true' : 'false');
const fromFlag = (value: FlagFilter) => (value === '' ? undefined : value === 'true');

/** An option of a filter's select: its label a translation key, or (a topic) the text itself. */
type FilterOption = { value: string } & ({ key: string } | { text: string });
type SelectFilter = {
  control: 'status' | 'topic' | 'needsPower' | 'needsStepFreeAccess' | 'sort' | 'order';
  label: string;
  options: FilterOption[];
};

const ANY: FilterOption = { value: '', key: 'review.any' };
const YES_NO: FilterOption[] = [ANY, { value: 'true', key: 'field.yes' }, { value: 'false', key: 'field.no' }];
const SORTS: readonly StaffListSort[] = ['date', 'score', 'name'];

/** The staff list's search and filter bar; shows the query from the address and hands back what the user asks for. */
@Component({
  selector: 'app-list-filters',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './list-filters.component.html',
  styleUrl: './list-filters.component.scss',
})
export class ListFiltersComponent {
  readonly query = input.required<StaffListQuery>();
  readonly topics = input<readonly string[]>([]);
  /** The filters to apply; the page puts them in the address. */
  readonly filtersChange = output<Partial<StaffListQuery>>();

  protected readonly qMax = LIMITS.staffList.q;
  /** The select filters in their order on the bar; the topics are the event's. */
  protected readonly selects = computed<SelectFilter[]>(() => [
    {
      control: 'status',
      label: 'applications.status',
      options: [
        ANY,
        ...APPLICATION_STATUSES.filter((s) => s !== ApplicationStatus.Draft).map((s) => ({
          value: s,
          key: statusKey(s),
        })),
      ],
    },
    { control: 'topic', label: 'field.topics', options: [ANY, ...this.topics().map((t) => ({ value: t, text: t }))] },
    { control: 'needsPower', label: 'field.needsPower', options: YES_NO },
    { control: 'needsStepFreeAccess', label: 'field.needsStepFreeAccess', options: YES_NO },
    { control: 'sort', label: 'review.sort', options: SORTS.map((s) => ({ value: s, key: 'review.sort.' + s })) },
    {
      control: 'order',
      label: 'review.order',
      options: ['asc', 'desc'].map((o) => ({ value: o, key: 'review.order.' + o })),
    },
  ]);

  protected readonly filters = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    status: new FormControl('', { nonNullable: true }),
    topic: new FormControl('', { nonNullable: true }),
    needsPower: new FormControl<FlagFilter>('', { nonNullable: true }),
    needsStepFreeAccess: new FormControl<FlagFilter>('', { nonNullable: true }),
    sort: new FormControl<StaffListSort>('date', { nonNullable: true }),
    order: new FormControl<'asc' | 'desc'>('asc', { nonNullable: true }),
  });

  constructor() {
    // The address is the truth: back/forward and links (status chips, reset) refill the fields.
    effect(() => {
      const query = this.query();
      untracked(() =>
        this.filters.setValue({
          q: query.q ?? '',
          status: query.status ?? '',
          topic: query.topic ?? '',
          needsPower: toFlag(query.needsPower),
          needsStepFreeAccess: toFlag(query.needsStepFreeAccess),
          sort: query.sort ?? 'date',
          order: query.order ?? 'asc',
        }),
      );
    });
  }

  protected apply(): void {
    const v = this.filters.getRawValue();
    this.filtersChange.emit({
      q: v.q.trim() || undefined,
      status: (v.status || undefined) as ApplicationStatus | undefined,
      topic: v.topic || undefined,
      needsPower: fromFlag(v.needsPower),
      needsStepFreeAccess: fromFlag(v.needsStepFreeAccess),
      sort: v.sort === 'date' ? undefined : v.sort,
      order: v.order === 'asc' ? undefined : v.order,
    });
  }
}
