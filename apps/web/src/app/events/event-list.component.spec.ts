import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { EventDto } from '@markt/shared';
import { I18nService } from '../core/i18n/i18n.service';
import { LoadState } from '../core/loaded';
import { EventListComponent } from './event-list.component';

describe('EventListComponent', () => {
  async function render(state: LoadState, events: EventDto[] = []) {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [EventListComponent], providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(EventListComponent);
    fixture.componentRef.setInput('events', events);
    fixture.componentRef.setInput('state', state);
    await fixture.whenStable();
    return { el: fixture.nativeElement as HTMLElement, t: (key: string) => TestBed.inject(I18nService).t(key) };
  }

  it('says it is loading, and nothing else', async () => {
    const { el, t } = await render('loading');
    expect(el.querySelector('[role=status]')?.textContent?.trim()).toBe(t('app.loading'));
    expect(el.querySelectorAll('p')).toHaveLength(1);
  });

  it('says the events could not be loaded', async () => {
    const { el, t } = await render('error');
    expect(el.querySelector('[role=alert]')?.textContent?.trim()).toBe(t('events.loadError'));
    expect(el.querySelector('ul')).toBeNull();
  });

  it('says there are no events once the empty list is there', async () => {
    const { el, t } = await render('ready');
    expect(el.textContent?.trim()).toBe(t('events.none'));
  });
});
