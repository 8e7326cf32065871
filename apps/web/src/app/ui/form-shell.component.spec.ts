import { Component, viewChild } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { Subject } from 'rxjs';
import { formSubmit } from '../core/forms/form-submit';
import { FormShellComponent, ShellField } from './form-shell.component';
import { render } from './render.testing';

@Component({
  imports: [FormShellComponent],
  template: `
    <app-form-shell
      [form]="form"
      [fields]="fields"
      [submission]="submission"
      submitKey="auth.login.submit"
      (send)="send()"
    >
      <p class="extra">Noch etwas</p>
    </app-form-shell>
  `,
})
class HostComponent {
  readonly shell = viewChild.required(FormShellComponent);
  readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  readonly fields: ShellField[] = [
    {
      id: 'f-email',
      label: 'auth.email',
      type: 'email',
      hint: 'auth.passwordHint',
      hintParams: { min: 12 },
      control: this.form.controls.email,
    },
  ];
  readonly submission = formSubmit(this.form, () => this.shell().element());
  readonly answer = new Subject<void>();
  sent = 0;
  send(): void {
    this.submission.run(
      () => this.answer,
      () => (this.sent += 1),
    );
  }
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
});
