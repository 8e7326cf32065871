import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { ApplicationDto, LOGO_MAX_BYTES, LOGO_TYPES } from '@markt/shared';
import { formSubmit } from '../core/forms/form-submit';
import { ErrorItem, uploadErrorItem } from '../core/forms/server-errors';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ApplicationsService } from './applications.service';

/** Checks a chosen logo file the way the server does (type and size), before uploading it. */
export function logoFileError(file: Pick<File, 'size' | 'type'>): ErrorItem | null {
  if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return { key: 'validation.fileType' };
  if (file.size > LOGO_MAX_BYTES)
    return { key: 'validation.fileTooLarge', params: { max: LOGO_MAX_BYTES / 1024 / 1024 } };
  return null;
}

/** Logo upload with preview; the file is uploaded as soon as it is chosen. */
@Component({
  selector: 'app-logo-upload',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="logo-upload">
      <label for="f-logo" class="native-field">{{ 'field.logoInput' | t }}</label>
      <p class="hint" id="f-logo-hint">{{ 'field.logoHint' | t }}</p>
      <input
        id="f-logo"
        type="file"
        accept="image/png,image/jpeg"
        [attr.aria-describedby]="error() ? 'f-logo-hint f-logo-error' : 'f-logo-hint'"
        [attr.aria-invalid]="error() ? 'true' : null"
        (change)="choose($event)"
      />
      <div role="status">
        @if (upload.pending()) {
          <p>{{ 'field.logoUploading' | t }}</p>
        } @else if (justUploaded()) {
          <p>{{ 'field.logoUploaded' | t }}</p>
        }
      </div>
      @if (error(); as e) {
        <p class="field-error" id="f-logo-error">{{ e.key | t: e.params }}</p>
      }
      @if (application().hasLogo) {
        <img
          class="logo-preview"
          [src]="logoUrl()"
          [alt]="'field.logoAlt' | t: { name: organisationName() || ('field.logo' | t) }"
        />
      } @else {
        <p>{{ 'field.logoNone' | t }}</p>
      }
    </div>
  `,
})
export class LogoUploadComponent {
  readonly application = input.required<ApplicationDto>();
  readonly organisationName = input('');
  readonly uploaded = output<ApplicationDto>();
  private readonly service = inject(ApplicationsService);
  protected readonly upload = formSubmit();
  /** The one problem shown under the field: the file's own, or the server's. */
  protected readonly error = computed<ErrorItem | undefined>(() => this.upload.errors()[0]);
  protected readonly justUploaded = signal(false);
  protected readonly logoUrl = computed(() => this.service.logoUrl(this.application()));

  protected choose(event: Event): void {
    const inputEl = event.target as HTMLInputElement;
    const file = inputEl.files?.[0];
    this.justUploaded.set(false);
    if (!file) return;
    const problem = logoFileError(file);
    this.upload.setErrors(problem ? [problem] : []);
    if (problem) return;
    this.upload.run(
      () => this.service.uploadLogo(this.application().id, file),
      (application) => {
        this.justUploaded.set(true);
        inputEl.value = '';
        this.uploaded.emit(application);
      },
      (error) => [uploadErrorItem(error, 'logo')],
    );
  }
}
