import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { Observable } from 'rxjs';
import { formSubmit } from '../core/forms/form-submit';
import { ErrorItem, uploadErrorItem } from '../core/forms/server-errors';
import { TranslatePipe } from '../core/i18n/t.pipe';

/**
 * A file input that uploads the chosen file at once: label, hint, "uploading …"/"uploaded" as a status, and
 * the one problem, the file's own (checked first, as the server does) or the server's. Texts come translated.
 * `<app-file-upload fieldId="fp-background" [label]="…" [hint]="…" [uploadingText]="…" [uploadedText]="…"
 * [check]="backgroundFileError" [send]="send" serverField="background" (uploaded)="…" />`
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
    <div class="native-field">
      <label [for]="fieldId()">{{ label() }}</label>
      <input
        type="file"
        [id]="fieldId()"
        [accept]="accept()"
        [attr.aria-describedby]="error() ? fieldId() + '-hint ' + fieldId() + '-error' : fieldId() + '-hint'"
        [attr.aria-invalid]="error() ? 'true' : null"
        [attr.aria-disabled]="upload.pending() ? 'true' : null"
        (change)="choose($event)"
      />
      <p class="hint" [id]="fieldId() + '-hint'">{{ hint() }}</p>
      <div role="status">
        @if (upload.pending()) {
          <p>{{ uploadingText() }}</p>
        } @else if (done()) {
          <p>{{ uploadedText() }}</p>
        }
      </div>
      @if (error(); as e) {
        <p class="field-error" role="alert" [id]="fieldId() + '-error'">{{ e.key | t: e.params }}</p>
      }
    </div>
  `,
})
export class FileUploadComponent<T> {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input.required<string>();
  readonly uploadingText = input.required<string>();
  readonly uploadedText = input.required<string>();
  readonly accept = input('image/png,image/jpeg');
  /** What the server checks first (type, size): a problem is shown and nothing is sent. */
  readonly check = input<(file: File) => ErrorItem | null>(() => null);
  /** Sends the file; the answer goes out as `uploaded`. */
  readonly send = input.required<(file: File) => Observable<T>>();
  /** The field the server names in its errors about the file. */
  readonly serverField = input.required<string>();
  readonly uploaded = output<T>();

  protected readonly upload = formSubmit();
  protected readonly error = computed<ErrorItem | undefined>(() => this.upload.errors()[0]);
  protected readonly done = signal(false);

  protected choose(event: Event): void {
    const inputEl = event.target as HTMLInputElement;
    // Not disabled while uploading (that would drop the keyboard focus to the page): a second choice waits.
    if (this.upload.pending()) return;
    const file = inputEl.files?.[0];
    this.done.set(false);
    if (!file) return;
    const problem = this.check()(file);
    this.upload.setErrors(problem ? [problem] : []);
    if (problem) return;
    this.upload.run(
      () => this.send()(file),
      (answer) => {
        this.done.set(true);
        inputEl.value = '';
        this.uploaded.emit(answer);
      },
      (error) => [uploadErrorItem(error, this.serverField())],
    );
  }
}
