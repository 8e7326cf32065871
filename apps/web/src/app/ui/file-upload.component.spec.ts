import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Observable, Subject, of } from 'rxjs';
import { ErrorItem } from '../core/forms/server-errors';
import { FileUpload, FileUploadComponent } from './file-upload.component';

@Component({
  imports: [FileUploadComponent],
  template: ` <app-file-upload [upload]="upload" /> `,
})
class HostComponent {
  readonly sent: File[] = [];
  readonly answers: string[] = [];
  send = (file: File): Observable<string> => {
    this.sent.push(file);
    return of('/scan.png');
  };
  readonly upload: FileUpload<string> = {
    fieldId: 'f-scan',
    label: 'floorPlan.room.background',
    hint: 'floorPlan.room.backgroundHint',
    hintParams: { max: 3 },
    uploading: 'floorPlan.room.backgroundUploading',
    uploaded: 'floorPlan.room.backgroundUploaded',
    check: (file: File): ErrorItem | null => (file.type === 'image/png' ? null : { key: 'validation.fileType' }),
    send: (file) => this.send(file),
    serverField: 'scan',
    done: (answer) => this.answers.push(answer),
  };
}

async function choose(type: string) {
  localStorage.clear();
  TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
  const fixture = TestBed.createComponent(HostComponent);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const input = element.querySelector('#f-scan') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File(['x'], 'scan', { type })], configurable: true });
  input.dispatchEvent(new Event('change'));
  await fixture.whenStable();
  return { host: fixture.componentInstance, element, input };
}

describe('FileUploadComponent', () => {
  it('uploads a file that passes the check at once and says so', async () => {
    const { host, element, input } = await choose('image/png');
    expect(host.sent).toHaveLength(1);
    expect(host.answers).toEqual(['/scan.png']);
    expect(element.querySelector('label')?.textContent).toBe('Hintergrundbild (Scan des Raums)');
    expect(element.querySelector('.hint')?.textContent).toContain('höchstens 3 MB');
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Hintergrundbild hochgeladen.');
    expect(input.getAttribute('aria-describedby')).toBe('f-scan-hint');
  });

  it('keeps a file the check refuses and names the problem at the field', async () => {
    const { host, element, input } = await choose('image/gif');
    expect(host.sent).toEqual([]);
    expect(element.querySelector('#f-scan-error')?.textContent).toContain('PNG- oder JPEG-Datei');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('f-scan-hint f-scan-error');
  });

  it('keeps the keyboard focus on the field while uploading and waits for the upload before taking another file', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    const fixture = TestBed.createComponent(HostComponent);
    const pending = new Subject<string>();
    const host = fixture.componentInstance;
    host.send = (file) => {
      host.sent.push(file);
      return pending;
    };
    await fixture.whenStable();
    const input = (fixture.nativeElement as HTMLElement).querySelector('#f-scan') as HTMLInputElement;
    Object.defineProperty(input, 'files', {
      value: [new File(['x'], 'scan', { type: 'image/png' })],
      configurable: true,
    });
    input.focus();
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(input.disabled).toBe(false);
    expect(input.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(input);
    input.dispatchEvent(new Event('change'));
    expect(host.sent).toHaveLength(1);
    pending.next('/scan.png');
    pending.complete();
    await fixture.whenStable();
    expect(host.answers).toEqual(['/scan.png']);
    expect(input.getAttribute('aria-disabled')).toBeNull();
  });
});
