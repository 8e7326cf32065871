import { HttpBackend, HttpClient, HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { PLATFORM_ID, REQUEST_CONTEXT, TransferState, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { EventDto, PageRenderContext } from '@markt/shared';
import { firstValueFrom } from 'rxjs';
import { I18nService } from '../i18n/i18n.service';
import { CurrentEventService } from '../../events/current-event.service';
import { MarketService } from '../../market/market.service';
import { NoHttpOnServer, applyRenderContext } from './render-context';
import { HEADER_EVENT_KEY, MARKET_KEY, OPEN_EVENT_KEY, TransferredData } from './transferred-data';
import { testExhibitor, testMarket } from '../../market/market.testing';

const MARKET = testMarket([
  testExhibitor({ id: 'b', organisationName: 'Zukunft e. V.', topics: ['Sprache', 'Begegnung'] }),
  testExhibitor({ id: 'a', organisationName: 'Café Global', topics: ['Sprache'] }),
]);
const OPEN = { id: 'open', title: 'Integrationskonferenz 2027' } as EventDto;

function serverApp(context: PageRenderContext | null) {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideHttpClient(),
      { provide: PLATFORM_ID, useValue: 'server' },
      { provide: REQUEST_CONTEXT, useValue: context },
      { provide: HttpBackend, useClass: NoHttpOnServer },
    ],
  });
  TestBed.runInInjectionContext(applyRenderContext);
  return TestBed.inject(TransferState);
}

describe('applyRenderContext (server)', () => {
  afterEach(() => TestBed.resetTestingModule());

  it('takes language and data from the API, sorted for the page, into the transferred state', () => {
    const state = serverApp({ lang: 'en', openEvent: OPEN, market: { eventId: 'e1', data: MARKET } });
    expect(TestBed.inject(I18nService).lang()).toBe('en');
    expect(state.get(OPEN_EVENT_KEY, null)).toEqual({ event: OPEN });
    // the header names the market's event from the start (no shift when the page sets it)
    expect(state.get(HEADER_EVENT_KEY, null)).toEqual({ id: 'e1', title: 'Integrationskonferenz 2025' });
    expect(TestBed.inject(CurrentEventService).headerEvent()).toEqual({
      id: 'e1',
      title: 'Integrationskonferenz 2025',
    });
    const market = state.get(MARKET_KEY, null);
    expect(market?.eventId).toBe('e1');
    expect(market?.view?.exhibitors.map((e) => e.id)).toEqual(['a', 'b']);
    expect(market?.view?.topics).toEqual(['Begegnung', 'Sprache']);
  });

  it('hands the page the market without any request, and keeps it for the browser', async () => {
    serverApp({ lang: 'de', openEvent: null, market: { eventId: 'e1', data: MARKET } });
    const service = TestBed.inject(MarketService);
    expect((await firstValueFrom(service.get('e1'))).event.title).toBe('Integrationskonferenz 2025');
    // rendering may ask twice; the state must still go out with the HTML
    expect((await firstValueFrom(service.get('e1'))).exhibitors).toHaveLength(2);
    const events = TestBed.inject(CurrentEventService);
    events.refresh();
    expect(events.openEvent()).toBeNull();
  });

  it('says "not published" (404) where the API had no market', async () => {
    serverApp({ lang: 'de', openEvent: null, market: { eventId: 'e1', data: null } });
    const error = await firstValueFrom(TestBed.inject(MarketService).get('e1')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpErrorResponse);
    expect((error as HttpErrorResponse).status).toBe(404);
  });

  it('makes no HTTP request on the server', async () => {
    serverApp(null);
    const error = await firstValueFrom(TestBed.inject(HttpClient).get('http://example.org/')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpErrorResponse);
    expect((error as HttpErrorResponse).status).toBe(0);
  });
});

describe('TransferredData (browser)', () => {
  afterEach(() => TestBed.resetTestingModule());

  it('gives a transferred value once, then nothing', () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    TestBed.inject(TransferState).set(OPEN_EVENT_KEY, { event: OPEN });
    const data = TestBed.inject(TransferredData);
    expect(data.take(OPEN_EVENT_KEY)).toEqual({ event: OPEN });
    expect(data.take(OPEN_EVENT_KEY)).toBeUndefined();
  });
});
