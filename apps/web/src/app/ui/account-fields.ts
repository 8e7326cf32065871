import { FormControl } from '@angular/forms';
import { LIMITS } from '@markt/shared';
import { ShellField } from './form-shell.component';

/** The fields of an account's forms, as a form shell lists them: each with its input type and autofill token. */
export const accountFields = {
  email(id: string, label: string, control: FormControl<string>, hint?: string): ShellField {
    return { id, label, control, hint, type: 'email', autocomplete: 'email' };
  },
  /** The password the user has now (browsers fill in the saved one). */
  currentPassword(id: string, label: string, control: FormControl<string>): ShellField {
    return { id, label, control, type: 'password', autocomplete: 'current-password' };
  },
  /** A password being chosen, with the shortest the server accepts as its hint. */
  newPassword(id: string, label: string, control: FormControl<string>): ShellField {
    return {
      id,
      label,
      control,
      type: 'password',
      autocomplete: 'new-password',
      hint: 'auth.passwordHint',
      hintParams: { min: LIMITS.password.min },
    };
  },
};
