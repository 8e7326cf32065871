import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { Observable } from 'rxjs';
import { formSubmit } from '../core/forms/form-submit';
import { ErrorItem, uploadErrorItem } from '../core/forms/server-errors';
import { TranslatePipe } from '../core/i18n/t.pipe';

/** What a file upload shows and does, described beside the code that sends the file. */
export interface FileUpload<T> {
  readonly fieldId: string;
  /** Translation keys: the label, the hint (with its parameters) and the status while and after uploading. */
  readonly label: string;
  readonly hint: string;
  readonly hintParams?: Record<string, string | number>;
  readonly uploading: string;
  readonly uploaded: string;
  /** Accepted types (default: PNG and JPEG). */
  readonly accept?: string;
  /** What the server checks first (type, size): a problem is shown and nothing is sent. */
  check(file: File): ErrorItem | null;
  send(file: File): Observable<T>;
  /** The field the server names in its errors about the file. */
  readonly serverField: string;
  /** What follows a stored file, with the server's answer. */
  done(answer: T): void;
}

/**
 * A file input that uploads the chosen file at once: label, hint, "uploading …"/"uploaded" as a status, and
 * the one problem, the file's own (checked first, as the server does) or the server's.
 * `<app-file-upload [upload]="logoUpload" />` with `logoUpload: FileUpload<T> = { fieldId, label, …, send, done }`.
 */
@Component({
  selector: 'app-file-upload',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    input {
      max-width: 100%;
    }
  `,
  template: `
    @let spec = upload();
    <div class="native-field">
      <label [for]="spec.fieldId">{{ spec.label | t }}</label>
      <input
        type="file"
        [id]="spec.fieldId"
        [accept]="spec.accept ?? 'image/png,image/jpeg'"
        [attr.aria-describedby]="error() ? spec.fieldId + '-hint ' + spec.fieldId + '-error' : spec.fieldId + '-hint'"
        [attr.aria-invalid]="error() ? 'true' : null"
        [attr.aria-disabled]="sending.pending() ? 'true' : null"
        (change)="choose($event)"
      />
      <p class="hint" [id]="spec.fieldId + '-hint'">{{ spec.hint | t: spec.hintParams }}</p>
      <div role="status">
        @if (sending.pending()) {
          <p>{{ spec.uploading | t }}</p>
        } @else if (done()) {
          <p>{{ spec.uploaded | t }}</p>
        }
      </div>
      @if (error(); as e) {
        <p class="field-error" role="alert" [id]="spec.fieldId + '-error'">{{ e.key | t: e.params }}</p>
      }
    </div>
  `,
})
export class FileUploadComponent<T> {
  readonly upload = input.required<FileUpload<T>>();

  protected readonly sending = formSubmit();
  protected readonly error = computed<ErrorItem | undefined>(() => this.sending.errors()[0]);
  protected readonly done = signal(false);

  protected choose(event: Event): void {
    const inputEl = event.target as HTMLInputElement;
    // Not disabled while uploading (that would drop the keyboard focus to the page): a second choice waits.
    if (this.sending.pending()) return;
    const file = inputEl.files?.[0];
    this.done.set(false);
    if (!file) return;
    const spec = this.upload();
    const problem = spec.check(file);
    this.sending.setErrors(problem ? [problem] : []);
    if (problem) return;
    this.sending.run(
      () => spec.send(file),
      (answer) => {
        this.done.set(true);
        inputEl.value = '';
        spec.done(answer);
      },
      (error) => [uploadErrorItem(error, spec.serverField)],
    );
  }
}
