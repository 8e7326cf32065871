import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { PersonFieldsComponent, personControls } from './person-fields.component';

@Component({
  imports: [ReactiveFormsModule, PersonFieldsComponent],
  template: `
    <form [formGroup]="form">
      <app-person-fields [controls]="form.controls" [forSomeoneElse]="forSomeoneElse" passwordLabel="staff.password" />
    </form>
  `,
})
class HostComponent {
  forSomeoneElse = false;
  readonly form = new FormGroup(personControls());
}

describe('PersonFieldsComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [HostComponent] });
  });

  async function render(forSomeoneElse: boolean) {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.forSomeoneElse = forSomeoneElse;
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const inputs = Array.from(el.querySelectorAll('input'));
    return { fixture, el, inputs };
  }

  it('asks for name, e-mail address and password under their labels, into the form’s controls', async () => {
    const { fixture, el, inputs } = await render(false);
    const labels = inputs.map((input) => el.querySelector(`label[for="${input.id}"]`)?.textContent?.trim());
    expect(labels).toEqual(['Name', 'E-Mail-Adresse', 'Vorläufiges Passwort']);
    expect(inputs.map((input) => input.getAttribute('autocomplete'))).toEqual(['name', 'email', 'new-password']);
    inputs[1].value = 'alex@example.org';
    inputs[1].dispatchEvent(new Event('input'));
    expect(fixture.componentInstance.form.controls.email.value).toBe('alex@example.org');
    expect(fixture.componentInstance.form.controls.password.hasError('required')).toBe(true);
  });

  it("does not offer the user's own name and address for someone else's account", async () => {
    const { inputs } = await render(true);
    expect(inputs.map((input) => input.getAttribute('autocomplete'))).toEqual(['off', 'off', 'new-password']);
  });
});
