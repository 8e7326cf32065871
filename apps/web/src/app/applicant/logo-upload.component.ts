import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { ApplicationDto, LOGO_MAX_BYTES, LOGO_TYPES } from '@markt/shared';
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
        @if (uploading()) {
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
  protected readonly error = signal<ErrorItem | null>(null);
  protected readonly uploading = signal(false);
  protected readonly justUploaded = signal(false);
  protected readonly logoUrl = computed(() => this.service.logoUrl(this.application()));

  protected choose(event: Event): void {
    const inputEl = event.target as HTMLInputElement;
    const file = inputEl.files?.[0];
    this.justUploaded.set(false);
    if (!file) return;
    const problem = logoFileError(file);
    this.error.set(problem);
    if (problem) return;
    this.uploading.set(true);
    this.service.uploadLogo(this.application().id, file).subscribe({
      next: (application) => {
        this.uploading.set(false);
        this.justUploaded.set(true);
        inputEl.value = '';
        this.uploaded.emit(application);
      },
      error: (error) => {
        this.uploading.set(false);
        this.error.set(uploadErrorItem(error, 'logo'));
      },
    });
  }
}
