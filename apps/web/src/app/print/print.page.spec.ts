import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { EventDto } from '@markt/shared';
import { PrintPage } from './print.page';

function setup() {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
  });
  const fixture = TestBed.createComponent(PrintPage);
  fixture.componentRef.setInput('id', 'e 1');
  fixture.detectChanges();
  return { fixture, http: TestBed.inject(HttpTestingController), element: fixture.nativeElement as HTMLElement };
}

describe('PrintPage', () => {
  it('says it is loading, then offers every download of the event', async () => {
    const { fixture, http, element } = setup();
    expect(element.querySelector('app-load-state')?.textContent).toContain('Wird geladen');
    const event = { id: 'e 1', title: 'Markt 2026', marketPublished: false } as EventDto;
    http.expectOne('/api/events/e%201').flush(event);
    http.expectOne('/api/events/e%201/floor-plan').flush(null, { status: 404, statusText: 'Not Found' });
    http.expectOne('/api/events/e%201/assignments').flush(null, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    const links = Array.from(element.querySelectorAll<HTMLAnchorElement>('ul.downloads a'), (a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Hallenplan als PDF (A3 quer)', '/api/events/e%201/floor-plan.pdf?size=A3'],
      ['Hallenplan als PDF (A4 quer)', '/api/events/e%201/floor-plan.pdf?size=A4'],
      ['Standschilder als PDF (ein Blatt je Stand)', '/api/events/e%201/stand-signs.pdf'],
      ['Verzeichnis der Ausstellenden als PDF', '/api/events/e%201/directory.pdf'],
      ['Logistikliste als CSV', '/api/events/e%201/logistics.csv'],
      ['Logistikliste als Excel-Datei', '/api/events/e%201/logistics.xlsx'],
    ]);
  });

  it('says so when the event cannot be loaded', async () => {
    const { fixture, http, element } = setup();
    http.expectOne('/api/events/e%201').flush(null, { status: 500, statusText: 'Server Error' });
    await fixture.whenStable();
    expect(element.querySelector('app-load-state [role="alert"]')?.textContent).toContain(
      'Die Druckansicht konnte nicht geladen werden.',
    );
    expect(element.querySelector('ul.downloads')).toBeNull();
  });
});
