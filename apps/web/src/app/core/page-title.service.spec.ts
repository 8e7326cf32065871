import { Component, inject, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { I18nService } from './i18n/i18n.service';
import { TranslatedTitleStrategy } from './i18n/translated-title.strategy';
import { PageTitleService } from './page-title.service';

/** What the page has loaded; undefined while it loads. */
const eventTitle = signal<string | undefined>(undefined);

@Component({ template: '' })
class EventPage {
  constructor() {
    inject(PageTitleService).detail(() => eventTitle());
  }
}

@Component({ template: '' })
class ListPage {}

describe('PageTitleService', () => {
  let harness: RouterTestingHarness;
  let title: Title;

  beforeEach(async () => {
    localStorage.clear();
    eventTitle.set(undefined);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([
          { path: 'event', title: 'title.eventDetail', component: EventPage },
          { path: 'list', title: 'title.events', component: ListPage },
        ]),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
      ],
    });
    title = TestBed.inject(Title);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => TestBed.resetTestingModule());

  it('puts what the page shows in front of the route title once it has loaded, and follows changes', async () => {
    await harness.navigateByUrl('/event');
    expect(title.getTitle()).toBe('Veranstaltung – Markt der Möglichkeiten');

    eventTitle.set('Sommermarkt 2027');
    await harness.fixture.whenStable();
    expect(title.getTitle()).toBe('Sommermarkt 2027 – Veranstaltung – Markt der Möglichkeiten');

    eventTitle.set('Wintermarkt 2027');
    TestBed.inject(I18nService).setLang('en');
    await harness.fixture.whenStable();
    expect(title.getTitle()).toBe('Wintermarkt 2027 – Event – Markt der Möglichkeiten');
  });

  it('lets go of the detail when the user moves on to another page', async () => {
    eventTitle.set('Sommermarkt 2027');
    await harness.navigateByUrl('/event');
    expect(title.getTitle()).toContain('Sommermarkt 2027');

    await harness.navigateByUrl('/list');
    eventTitle.set('Wintermarkt 2027');
    await harness.fixture.whenStable();
    expect(title.getTitle()).not.toContain('markt 2027');
  });

  it('sets a detail once, until the next navigation', async () => {
    await harness.navigateByUrl('/list');
    TestBed.inject(PageTitleService).set('Sommermarkt 2027');
    await harness.fixture.whenStable();
    expect(title.getTitle()).toBe('Sommermarkt 2027 – Veranstaltungen – Markt der Möglichkeiten');

    await harness.navigateByUrl('/event');
    expect(title.getTitle()).toBe('Veranstaltung – Markt der Möglichkeiten');
  });
});
