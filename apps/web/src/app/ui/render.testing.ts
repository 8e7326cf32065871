import { EnvironmentProviders, Provider, Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

/**
 * For specs: the component rendered in a fresh test module (nothing stored, so German) and stable, with its
 * element: `const { fixture, el } = await render(HostComponent, [provideRouter([])]);`
 */
export async function render<T>(
  component: Type<T>,
  providers: (Provider | EnvironmentProviders)[] = [],
): Promise<{ fixture: ComponentFixture<T>; el: HTMLElement }> {
  localStorage.clear();
  TestBed.configureTestingModule({ imports: [component], providers });
  const fixture = TestBed.createComponent(component);
  await fixture.whenStable();
  return { fixture, el: fixture.nativeElement as HTMLElement };
}
