import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '../i18n/t.pipe';
import { FieldErrorPipe } from './field-error.pipe';
import { FormErrorSummaryComponent } from './form-error-summary.component';

/** What every form page imports. */
export const FORM_IMPORTS = [
  ReactiveFormsModule,
  MatFormFieldModule,
  MatInputModule,
  MatButtonModule,
  TranslatePipe,
  FieldErrorPipe,
  FormErrorSummaryComponent,
] as const;
