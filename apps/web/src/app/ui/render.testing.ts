import { EnvironmentProviders, Provider, Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

/**
 * For specs: the component rendered in a fresh test module (nothing stored, so German) with the given inputs, and
 * stable, with its element: `const { fixture, el } = await render(HostComponent, [provideRouter([])]);` or
 * `await render(TextFieldComponent, [], { fieldId: 'f-name', label: 'Name', control })`.
 */
export async function render<T>(
  component: Type<T>,
  providers: (Provider | EnvironmentProviders)[] = [],
  inputs: Record<string, unknown> = {},
): Promise<{ fixture: ComponentFixture<T>; el: HTMLElement }> {
  localStorage.clear();
  TestBed.configureTestingModule({ imports: [component], providers });
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  return { fixture, el: fixture.nativeElement as HTMLElement };
}
