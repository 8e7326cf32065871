import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TransferState, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { MARKET_KEY } from '../core/ssr/transferred-data';
import { toMarketView } from './market-filter';
import { MarketService } from './market.service';
import { testExhibitor, testMarket } from './market.testing';

const MARKET = testMarket([
  testExhibitor({ id: 'z', organisationName: 'Zukunft e. V.', topics: ['Sprache'] }),
  testExhibitor({ id: 'a', organisationName: 'Ärztinnen für alle', topics: ['Gesundheit', 'Sprache'] }),
]);

function setup() {
  TestBed.configureTestingModule({
    providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
  });
  return {
    service: TestBed.inject(MarketService),
    http: TestBed.inject(HttpTestingController),
    state: TestBed.inject(TransferState),
  };
}

describe('MarketService', () => {
  afterEach(() => TestBed.resetTestingModule());

  it('asks the API and sorts the exhibitors for the page (German order), with the topics', async () => {
    const { service, http } = setup();
    const view = firstValueFrom(service.get('e1'));
    http.expectOne('/api/public/events/e1/market').flush(MARKET);
    expect((await view).exhibitors.map((e) => e.id)).toEqual(['a', 'z']);
    expect((await view).topics).toEqual(['Gesundheit', 'Sprache']);
    http.verify();
  });

  it('takes over the market a server-rendered page came with, once, without a request', async () => {
    const { service, http, state } = setup();
    state.set(MARKET_KEY, { eventId: 'e1', view: toMarketView(MARKET) });
    expect((await firstValueFrom(service.get('e1'))).exhibitors.map((e) => e.id)).toEqual(['a', 'z']);
    http.verify();

    // later visits of the page ask the API again
    const again = firstValueFrom(service.get('e1'));
    http.expectOne('/api/public/events/e1/market').flush(MARKET);
    await again;
    http.verify();
  });

  it('ignores what was rendered for another event', async () => {
    const { service, http, state } = setup();
    state.set(MARKET_KEY, { eventId: 'other', view: toMarketView(MARKET) });
    const view = firstValueFrom(service.get('e1'));
    http.expectOne('/api/public/events/e1/market').flush(MARKET);
    await view;
  });
});

describe('toMarketView', () => {
  it('keeps the market and does not change the input', () => {
    const view = toMarketView(MARKET);
    expect(view.event).toBe(MARKET.event);
    expect(MARKET.exhibitors.map((e) => e.id)).toEqual(['z', 'a']);
  });
});
