import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { of } from 'rxjs';
import { FeatureKind } from '@markt/shared';
import { CurrentEventService } from '../events/current-event.service';
import { MarketPage } from './market.page';
import { testExhibitor, testMarket } from './market.testing';

const MARKET = testMarket(
  [
    testExhibitor({
      id: 'x1',
      organisationName: 'Café Global',
      projectTitle: 'Sprachcafé',
      shortText: 'Deutsch üben',
      topics: ['Sprache'],
      standId: 's1',
      standNumber: '1',
    }),
    testExhibitor({ id: 'x2', organisationName: 'Jugendforum', projectTitle: 'Werkstatt', topics: ['Demokratie'] }),
  ],
  {
    width: 10,
    depth: 8,
    features: [{ id: 'f', kind: FeatureKind.Stage, x: 1, y: 0, width: 4, depth: 2, rotation: 0 }],
    stands: [{ id: 's1', number: '1', x: 1, y: 4, width: 2, depth: 1, rotation: 0 }],
  },
);

function setup() {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: ActivatedRoute, useValue: { paramMap: of(convertToParamMap({ eventId: 'e1' })) } },
    ],
  });
  const fixture = TestBed.createComponent(MarketPage);
  fixture.detectChanges();
  return { fixture, http: TestBed.inject(HttpTestingController), element: fixture.nativeElement as HTMLElement };
}

describe('MarketPage', () => {
  it('says the market is not published yet when the API answers 404', async () => {
    const { fixture, http, element } = setup();
    http
      .expectOne('/api/public/events/e1/market')
      .flush({ code: 'not_found' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(element.textContent).toContain('Der Markt dieser Veranstaltung ist noch nicht veröffentlicht.');
    expect(element.querySelectorAll('h1')).toHaveLength(1);
  });

  it('lists the exhibitors in one request and marks the chosen stand on the plan', async () => {
    const { fixture, http, element } = setup();
    http.expectOne('/api/public/events/e1/market').flush(MARKET);
    http.verify();
    await fixture.whenStable();
    expect(element.querySelector('h1')?.textContent).toContain('Integrationskonferenz 2025');
    expect(element.querySelectorAll('app-exhibitor-card')).toHaveLength(2);
    expect(element.textContent).toContain('Der Stand wird noch vergeben.');

    const button = element.querySelector<HTMLButtonElement>('#show-x1');
    button?.click();
    await fixture.whenStable();
    const stand = element.querySelector('g.stand[data-stand="1"]');
    expect(stand?.getAttribute('data-highlighted')).toBe('true');
    expect(element.querySelector('svg')?.getAttribute('aria-label')).toContain('Stand 1 ist markiert');
    expect(element.textContent).toContain('Stand 1 ist im Plan markiert: Café Global.');
  });

  it('names the exhibitor of a tapped stand, zooms the plan and names its event in the header', async () => {
    const { fixture, http, element } = setup();
    http.expectOne('/api/public/events/e1/market').flush(MARKET);
    await fixture.whenStable();
    expect(TestBed.inject(CurrentEventService).headerEvent()).toEqual({
      id: 'e1',
      title: 'Integrationskonferenz 2025',
    });

    element
      .querySelector<SVGRectElement>('g.stand[data-stand="1"] rect')
      ?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await fixture.whenStable();
    expect(element.querySelector('.plan__status')?.textContent).toContain('Stand 1 ist im Plan markiert: Café Global.');
    expect(element.querySelector('g.stand[data-stand="1"]')?.getAttribute('data-highlighted')).toBe('true');

    const plan = element.querySelector<HTMLElement>('app-plan-view .surface');
    expect(plan?.style.getPropertyValue('--zoom')).toBe('1');
    element.querySelector<HTMLElement>('.plan__scroll')?.dispatchEvent(new KeyboardEvent('keydown', { key: '+' }));
    await fixture.whenStable();
    expect(plan?.style.getPropertyValue('--zoom')).toBe('2');

    fixture.destroy();
    expect(TestBed.inject(CurrentEventService).headerEvent()).toBeNull();
  });
});
