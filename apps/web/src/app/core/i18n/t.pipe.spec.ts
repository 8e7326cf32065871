import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { I18nService, TranslationParams } from './i18n.service';
import { TranslatePipe } from './t.pipe';

describe('TranslatePipe', () => {
  let i18n: I18nService;
  let pipe: TranslatePipe;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    i18n = TestBed.inject(I18nService);
    pipe = TestBed.runInInjectionContext(() => new TranslatePipe());
  });

  afterEach(() => TestBed.resetTestingModule());

  it('translates, and translates again when the key, the parameters or the language change', () => {
    const spy = jest.spyOn(i18n, 't');
    expect(pipe.transform('market.stand', { number: '7' })).toBe('Stand 7');
    expect(pipe.transform('market.stand', { number: '7' })).toBe('Stand 7');
    expect(spy).toHaveBeenCalledTimes(1);

    expect(pipe.transform('market.stand', { number: '8' })).toBe('Stand 8');
    expect(pipe.transform('market.showStand')).toBe('Stand zeigen');
    i18n.setLang('en');
    expect(pipe.transform('market.showStand')).toBe('Show stand');
    expect(spy).toHaveBeenCalledTimes(4);
  });

  it('notices parameters changed in place', () => {
    const params: TranslationParams = { number: '1' };
    expect(pipe.transform('market.stand', params)).toBe('Stand 1');
    params['number'] = '2';
    expect(pipe.transform('market.stand', params)).toBe('Stand 2');
    delete params['number'];
    expect(pipe.transform('market.stand', params)).toBe('Stand {number}');
  });
});
