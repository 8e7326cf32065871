import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider, Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

export interface RenderOptions {
  /** Input values by input name, set before the first change detection. */
  inputs?: Record<string, unknown>;
  /** Beside a testing HTTP client, which every fixture gets. */
  providers?: (Provider | EnvironmentProviders)[];
}

export interface Rendered<T> {
  fixture: ComponentFixture<T>;
  el: HTMLElement;
  http: HttpTestingController;
}

/**
 * For specs: the component in a fresh test module (nothing stored, so German) with a testing HTTP client, its
 * inputs set and rendered once, without waiting: a request it starts stays open for the spec to answer
 * (`whenStable` would wait for it).
 */
export function createWith<T>(component: Type<T>, { inputs = {}, providers = [] }: RenderOptions = {}): Rendered<T> {
  localStorage.clear();
  TestBed.configureTestingModule({
    imports: [component],
    providers: [provideHttpClient(), provideHttpClientTesting(), ...providers],
  });
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  fixture.detectChanges();
  return { fixture, el: fixture.nativeElement as HTMLElement, http: TestBed.inject(HttpTestingController) };
}

/** As `createWith`, then stable: `const { fixture, el } = await renderWith(NotesComponent, { inputs: { id: 'a1' } });` */
export async function renderWith<T>(component: Type<T>, options: RenderOptions = {}): Promise<Rendered<T>> {
  const rendered = createWith(component, options);
  await rendered.fixture.whenStable();
  return rendered;
}
