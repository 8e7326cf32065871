import { Component, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { Subject } from 'rxjs';
import { FormShellComponent, ShellForm } from './form-shell.component';
import { render } from './render.testing';

@Component({
  imports: [FormShellComponent],
  template: `
    <app-form-shell [spec]="spec()">
      <p class="extra">Noch etwas</p>
    </app-form-shell>
  `,
})
class HostComponent {
  readonly shell = viewChild.required(FormShellComponent);
  readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  readonly answer = new Subject<void>();
  sent = 0;
  readonly spec = signal<ShellForm>({
    form: this.form,
    fields: [
      {
        id: 'f-email',
        label: 'auth.email',
        type: 'email',
        hint: 'auth.passwordHint',
        hintParams: { min: 12 },
        control: this.form.controls.email,
      },
    ],
    submitKey: 'auth.login.submit',
    request: () => this.answer,
    success: () => (this.sent += 1),
  });
}

describe('FormShellComponent', () => {
  it('labels its fields, keeps projected content and sends once, with the button disabled meanwhile', async () => {
    const { fixture, el } = await render(HostComponent);
    const host = fixture.componentInstance;
    expect(el.querySelector('label')?.textContent).toContain('E-Mail-Adresse');
    expect(el.querySelector('mat-hint')?.textContent).toContain('12');
    expect(el.querySelector('form .extra')).not.toBeNull();
    const input = el.querySelector('#f-email') as HTMLInputElement;
    input.value = 'kim@example.org';
    input.dispatchEvent(new Event('input'));
    const button = el.querySelector('button[type=submit]') as HTMLButtonElement;
    expect(button.textContent?.trim()).toBe('Anmelden');
    button.click();
    await fixture.whenStable();
    expect(button.disabled).toBe(true);
    host.answer.next();
    await fixture.whenStable();
    expect(host.sent).toBe(1);
    expect(button.disabled).toBe(false);
  });

  it('shows the summary and focuses the first invalid field when the form has mistakes', async () => {
    const { fixture, el } = await render(HostComponent);
    (el.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(el.querySelector('[role=alert] li')).not.toBeNull();
    expect(document.activeElement).toBe(el.querySelector('#f-email'));
    expect(fixture.componentInstance.sent).toBe(0);
  });

  it("puts a failed request's messages from the form's failure mapping into the summary", async () => {
    const { fixture, el } = await render(HostComponent);
    const host = fixture.componentInstance;
    host.spec.update((spec) => ({ ...spec, failure: () => [{ key: 'validation.invalidToken' }] }));
    await fixture.whenStable();
    host.form.controls.email.setValue('kim@example.org');
    (el.querySelector('button[type=submit]') as HTMLButtonElement).click();
    host.answer.error(new Error('offline'));
    await fixture.whenStable();
    expect(el.querySelector('[role=alert] li')?.textContent).toContain('Der Link ist ungültig oder abgelaufen');
    expect(host.sent).toBe(0);
  });

  it('empties the form without showing errors afterwards', async () => {
    const { fixture, el } = await render(HostComponent);
    const host = fixture.componentInstance;
    host.form.controls.email.setValue('kim@example.org');
    (el.querySelector('button[type=submit]') as HTMLButtonElement).click();
    host.answer.next();
    host.shell().resetForm();
    await fixture.whenStable();
    expect(host.form.controls.email.value).toBe('');
    expect(el.querySelector('mat-error')?.textContent?.trim() ?? '').toBe('');
  });

  it('tells the page of every press of the button, also one that sends nothing, so it can clear its last message', async () => {
    const { fixture, el } = await render(HostComponent);
    const host = fixture.componentInstance;
    let started = 0;
    host.spec.update((spec) => ({ ...spec, started: () => (started += 1) }));
    await fixture.whenStable();
    (el.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(started).toBe(1);
    expect(host.sent).toBe(0);
  });
});
