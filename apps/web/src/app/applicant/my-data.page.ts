import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { currentPasswordControl } from '../core/forms/account-controls';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { formSubmit } from '../core/forms/form-submit';
import { NotificationService } from '../core/notification.service';
import { sessionEnd } from '../layout/session-end';
import { ApplicationsService } from './applications.service';
import { CredentialsFormComponent } from './credentials-form.component';
import { CONFIRM_STEP_IMPORTS } from '../ui/confirm-panel.component';
import { confirmStep } from '../ui/confirm-step';
import { DefinedTextFieldComponent, TextFieldDef } from '../ui/defined-text-field.component';

/** `/meine-daten`: download everything stored about the account, or delete the account (DSGVO). */
@Component({
  selector: 'app-my-data-page',
  imports: [...FORM_IMPORTS, ...CONFIRM_STEP_IMPORTS, CredentialsFormComponent, DefinedTextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-data.page.html',
})
export class MyDataPage {
  private readonly service = inject(ApplicationsService);
  private readonly notifications = inject(NotificationService);
  private readonly endSession = sessionEnd();
  protected readonly confirmation = confirmStep({
    heading: 'myData.confirmHeading',
    confirm: 'myData.confirmDelete',
    busy: 'myData.deleting',
  });
  protected readonly passwordField: TextFieldDef = {
    id: 'delete-password',
    label: 'myData.password',
    hint: 'myData.passwordHint',
    type: 'password',
    autocomplete: 'current-password',
  };
  protected readonly form = new FormGroup({ password: currentPasswordControl() });
  protected readonly deletion = formSubmit(this.form);

  protected deleteAccount(): void {
    this.deletion.run(
      () => this.service.deleteAccount(this.form.getRawValue().password),
      () => {
        this.notifications.show({ key: 'myData.deleted' }, { keepForNextNavigation: true });
        this.endSession({ replaceUrl: true });
      },
    );
  }
}
