import { ChangeDetectionStrategy, Component, ElementRef, inject, viewChild } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { currentPasswordControl } from '../core/forms/account-controls';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { formSubmit } from '../core/forms/form-submit';
import { NotificationService } from '../core/notification.service';
import { sessionEnd } from '../layout/session-end';
import { ApplicationsService } from './applications.service';
import { ConfirmPanelComponent } from './confirm-panel.component';
import { CredentialsFormComponent } from './credentials-form.component';
import { confirmStep } from '../ui/confirm-step';
import { TextFieldComponent } from '../ui/text-field.component';

/** `/meine-daten`: download everything stored about the account, or delete the account (DSGVO). */
@Component({
  selector: 'app-my-data-page',
  imports: [...FORM_IMPORTS, ConfirmPanelComponent, CredentialsFormComponent, TextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-data.page.html',
})
export class MyDataPage {
  private readonly service = inject(ApplicationsService);
  private readonly notifications = inject(NotificationService);
  private readonly endSession = sessionEnd();
  private readonly deleteButton = viewChild<unknown, ElementRef<HTMLButtonElement>>('deleteButton', {
    read: ElementRef,
  });
  protected readonly confirmation = confirmStep(() => this.deleteButton());
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
