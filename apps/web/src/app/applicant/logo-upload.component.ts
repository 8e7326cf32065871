import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { ApplicationDto, LOGO_MAX_BYTES, LOGO_TYPES } from '@markt/shared';
import { ErrorItem } from '../core/forms/server-errors';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { FileUpload, FileUploadComponent } from '../ui/file-upload.component';
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
  imports: [TranslatePipe, FileUploadComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="logo-upload">
      <app-file-upload [upload]="logoUpload" />
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
  protected readonly logoUrl = computed(() => this.service.logoUrl(this.application()));
  protected readonly logoUpload: FileUpload<ApplicationDto> = {
    fieldId: 'f-logo',
    label: 'field.logoInput',
    hint: 'field.logoHint',
    uploading: 'field.logoUploading',
    uploaded: 'field.logoUploaded',
    check: logoFileError,
    send: (file) => this.service.uploadLogo(this.application().id, file),
    serverField: 'logo',
    done: (application) => this.uploaded.emit(application),
  };
}
