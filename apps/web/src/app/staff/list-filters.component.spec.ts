import { provideRouter } from '@angular/router';
import { ApplicationStatus, StaffListQuery } from '@markt/shared';
import { createWith } from '../ui/render-with.testing';
import { ListFiltersComponent } from './list-filters.component';

describe('ListFiltersComponent', () => {
  async function render(query: StaffListQuery) {
    const { fixture, el } = createWith(ListFiltersComponent, {
      inputs: { query, topics: ['Umwelt', 'Bildung'] },
      providers: [provideRouter([])],
    });
    const searches: Partial<StaffListQuery>[] = [];
    fixture.componentInstance.filtersChange.subscribe((change) => searches.push(change));
    await fixture.whenStable();
    const field = (name: string) => el.querySelector(`#filter-${name}`) as HTMLInputElement & HTMLSelectElement;
    return { fixture, el, field, searches };
  }

  it('shows the query from the address, and follows it when the address changes', async () => {
    const { fixture, field } = await render({ q: 'Garten', topic: 'Umwelt', needsPower: true, sort: 'score' });
    expect(field('q').value).toBe('Garten');
    expect(field('topic').value).toBe('Umwelt');
    expect(field('needsPower').value).toBe('true');
    expect(field('sort').value).toBe('score');

    fixture.componentRef.setInput('query', {});
    await fixture.whenStable();
    expect(field('q').value).toBe('');
    expect(field('needsPower').value).toBe('');
    expect(field('sort').value).toBe('date');
  });

  it("offers each filter's choices in words: any, the event's topics, yes or no, the order", async () => {
    const { field } = await render({});
    const options = (name: string) => Array.from(field(name).options).map((o) => [o.value, o.text.trim()]);
    expect(options('topic')).toEqual([
      ['', 'Alle'],
      ['Umwelt', 'Umwelt'],
      ['Bildung', 'Bildung'],
    ]);
    expect(options('needsPower')).toEqual([
      ['', 'Alle'],
      ['true', 'Ja'],
      ['false', 'Nein'],
    ]);
    expect(options('order')).toEqual([
      ['asc', 'Aufsteigend'],
      ['desc', 'Absteigend'],
    ]);
    expect(options('status')[0]).toEqual(['', 'Alle']);
    expect(options('status').map(([value]) => value)).not.toContain(ApplicationStatus.Draft);
  });

  it('hands back what the user asks for, leaving defaults and empty fields out of the address', async () => {
    const { el, field, searches } = await render({});
    field('q').value = '  Garten ';
    field('q').dispatchEvent(new Event('input'));
    field('status').value = ApplicationStatus.InReview;
    field('status').dispatchEvent(new Event('change'));
    field('needsStepFreeAccess').value = 'false';
    field('needsStepFreeAccess').dispatchEvent(new Event('change'));
    (el.querySelector('button[type=submit]') as HTMLButtonElement).click();

    expect(searches).toEqual([
      {
        q: 'Garten',
        status: ApplicationStatus.InReview,
        topic: undefined,
        needsPower: undefined,
        needsStepFreeAccess: false,
        sort: undefined,
        order: undefined,
      },
    ]);
  });
});
