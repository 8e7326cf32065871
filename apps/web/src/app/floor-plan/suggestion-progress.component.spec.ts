import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SuggestionDto } from '@markt/shared';
import { SuggestionProgressComponent, SuggestionSearch } from './suggestion-progress.component';

async function setup(search: SuggestionSearch) {
  localStorage.clear();
  TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
  const fixture = TestBed.createComponent(SuggestionProgressComponent);
  fixture.componentRef.setInput('search', search);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  let stops = 0;
  fixture.componentInstance.stop.subscribe(() => stops++);
  return { element, button: element.querySelector('button') as HTMLButtonElement, stops: () => stops };
}

describe('SuggestionProgressComponent', () => {
  it('shows how far the search is and cannot stop before a best layout has arrived', async () => {
    const { element, button } = await setup({ work: 30, budget: 120, score: null, best: null });
    const progress = element.querySelector('progress') as HTMLProgressElement;
    expect([progress.value, progress.max]).toEqual([30, 120]);
    expect(element.querySelector('p')).toBeNull();
    expect(button.disabled).toBe(true);
  });

  it('names the best score so far and stops with that layout', async () => {
    const best = { score: 42, placements: [] } as unknown as SuggestionDto;
    const { element, button, stops } = await setup({ work: 60, budget: 120, score: 42, best });
    expect(element.querySelector('p')?.textContent).toContain('42');
    button.click();
    expect(stops()).toBe(1);
  });
});
