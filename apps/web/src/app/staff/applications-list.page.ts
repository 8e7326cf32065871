import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { RouterLink } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { PageTitleService } from '../core/page-title.service';
import { ApplicationsListStore } from './applications-list.store';
import { CapacityPanelComponent } from './capacity-panel.component';
import { DecisionFormComponent } from './decision-form.component';
import { ListFiltersComponent } from './list-filters.component';
import { ListTableComponent } from './list-table.component';
import { TranslatedPaginatorIntl } from './translated-paginator-intl';

/** Staff list of an event's applications (`/pruefung/:eventId`); filters live in the address. Admins also decide in bulk. */
@Component({
  selector: 'app-applications-list-page',
  imports: [
    MatPaginatorModule,
    RouterLink,
    TranslatePipe,
    CapacityPanelComponent,
    DecisionFormComponent,
    ListFiltersComponent,
    ListTableComponent,
  ],
  providers: [ApplicationsListStore, { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './applications-list.page.html',
  styleUrl: './applications-list.page.scss',
})
export class ApplicationsListPage {
  protected readonly store = inject(ApplicationsListStore);
  protected readonly auth = inject(AuthService);

  constructor() {
    inject(PageTitleService).detail(() => this.store.event()?.title);
  }
}
