import { ChangeDetectionStrategy, Component, computed, effect, input, output, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { APPLICATION_STATUSES, ApplicationStatus, LIMITS, StaffListQuery, StaffListSort } from '@markt/shared';
import { statusKey } from '../applicant/application-status';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { SelectFieldComponent, SelectOption, keyedOptions } from '../ui/select-field.component';

type FlagFilter = '' | 'true' | 'false';

const toFlag = (value: boolean | undefined): FlagFilter => (value === undefined ? '' : value ? 'true' : 'false');
const fromFlag = (value: FlagFilter) => (value === '' ? undefined : value === 'true');

/** A select of the bar: the control it sets (its name also names the select's id), label key and options. */
type SelectFilter = { name: string; control: FormControl<string>; label: string; options: SelectOption[] };

const ANY: SelectOption = { value: '', key: 'review.any' };
const YES_NO: SelectOption[] = [ANY, { value: 'true', key: 'field.yes' }, { value: 'false', key: 'field.no' }];
const SORTS: readonly StaffListSort[] = ['date', 'score', 'name'];

/** The staff list's search and filter bar; shows the query from the address and hands back what the user asks for. */
@Component({
  selector: 'app-list-filters',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    TranslatePipe,
    SelectFieldComponent,
  ],
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
  protected readonly filters = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    status: new FormControl('', { nonNullable: true }),
    topic: new FormControl('', { nonNullable: true }),
    needsPower: new FormControl<FlagFilter>('', { nonNullable: true }),
    needsStepFreeAccess: new FormControl<FlagFilter>('', { nonNullable: true }),
    sort: new FormControl<StaffListSort>('date', { nonNullable: true }),
    order: new FormControl<'asc' | 'desc'>('asc', { nonNullable: true }),
  });

  /** The select filters in their order on the bar; the topics are the event's. */
  protected readonly selects = computed<SelectFilter[]>(() => {
    const f = this.filters.controls;
    return [
      {
        name: 'status',
        control: f.status,
        label: 'applications.status',
        options: [
          ANY,
          ...APPLICATION_STATUSES.filter((s) => s !== ApplicationStatus.Draft).map((s) => ({
            value: s,
            key: statusKey(s),
          })),
        ],
      },
      {
        name: 'topic',
        control: f.topic,
        label: 'field.topics',
        options: [ANY, ...this.topics().map((t) => ({ value: t, text: t }))],
      },
      { name: 'needsPower', control: f.needsPower, label: 'field.needsPower', options: YES_NO },
      {
        name: 'needsStepFreeAccess',
        control: f.needsStepFreeAccess,
        label: 'field.needsStepFreeAccess',
        options: YES_NO,
      },
      { name: 'sort', control: f.sort, label: 'review.sort', options: keyedOptions(SORTS, 'review.sort.') },
      {
        name: 'order',
        control: f.order,
        label: 'review.order',
        options: keyedOptions(['asc', 'desc'], 'review.order.'),
      },
    ];
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
