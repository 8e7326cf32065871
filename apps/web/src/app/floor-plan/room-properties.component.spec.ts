import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { BackgroundImage, FloorPlanDto } from '@markt/shared';
import { backgroundFileError, Room, RoomPropertiesComponent } from './room-properties.component';
import { replyValidationFailed } from '../core/forms/validation-reply.testing';

const URL = '/api/events/e1/floor-plan/background?v=0123456789ab';

function setup(background: BackgroundImage | null = null) {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
  });
  const fixture = TestBed.createComponent(RoomPropertiesComponent);
  fixture.componentRef.setInput('eventId', 'e1');
  fixture.componentRef.setInput('room', { width: 24, depth: 12, background });
  fixture.detectChanges();
  const emitted: Partial<Room>[] = [];
  fixture.componentInstance.roomChange.subscribe((change) => emitted.push(change));
  const element = fixture.nativeElement as HTMLElement;
  const choose = (file: File) => {
    const input = element.querySelector<HTMLInputElement>('#fp-background') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
  };
  return { fixture, http: TestBed.inject(HttpTestingController), element, emitted, choose };
}

function planWith(background: BackgroundImage): FloorPlanDto {
  return { eventId: 'e1', width: 30, depth: 20, background, features: [], stands: [], version: 0, updatedAt: null };
}

const scan = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'raum.png', { type: 'image/png' });

describe('backgroundFileError', () => {
  it('accepts PNG and JPEG up to 3 MB, the size the server takes', () => {
    expect(backgroundFileError({ type: 'image/png', size: 3 * 1024 * 1024 })).toBeNull();
    expect(backgroundFileError({ type: 'image/jpeg', size: 1000 })).toBeNull();
  });

  it('refuses other types and larger files', () => {
    expect(backgroundFileError({ type: 'image/svg+xml', size: 10 })).toEqual({ key: 'validation.fileType' });
    expect(backgroundFileError({ type: 'image/png', size: 3 * 1024 * 1024 + 1 })).toEqual({
      key: 'validation.fileTooLarge',
      params: { max: 3 },
    });
  });
});

describe('RoomPropertiesComponent background upload', () => {
  it('uploads the file on its own and puts the URL, not the image, into the plan', () => {
    const { http, choose, emitted } = setup();
    choose(scan());
    const request = http.expectOne('/api/events/e1/floor-plan/background');
    expect(request.request.method).toBe('PUT');
    expect((request.request.body as FormData).get('background')).toBeInstanceOf(File);
    request.flush(planWith({ url: URL, x: 0, y: 0, width: 30, opacity: 0.5 }));
    expect(emitted).toEqual([{ background: { url: URL, x: 0, y: 0, width: 24, opacity: 0.5 } }]);
    http.verify();
  });

  it('keeps the placement of a scan that is replaced', () => {
    const { http, choose, emitted } = setup({ url: '/old', x: 3, y: 1, width: 10, opacity: 0.2 });
    choose(scan());
    http
      .expectOne('/api/events/e1/floor-plan/background')
      .flush(planWith({ url: URL, x: 0, y: 0, width: 30, opacity: 0.5 }));
    expect(emitted).toEqual([{ background: { url: URL, x: 3, y: 1, width: 10, opacity: 0.2 } }]);
  });

  it("shows the server's reason when the image does not decode", async () => {
    const { http, choose, emitted, fixture, element } = setup();
    choose(scan());
    replyValidationFailed(http.expectOne('/api/events/e1/floor-plan/background'), {
      field: 'background',
      code: 'imageInvalid',
      message: 'not an image',
    });
    await fixture.whenStable();
    expect(emitted).toEqual([]);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('lässt sich nicht als Bild lesen');
  });

  it('does not upload a file the server would refuse anyway', async () => {
    const { http, choose, fixture, element } = setup();
    choose(new File(['<svg/>'], 'raum.svg', { type: 'image/svg+xml' }));
    http.expectNone('/api/events/e1/floor-plan/background');
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('PNG- oder JPEG-Datei');
  });
});

describe('RoomPropertiesComponent placement of the scan', () => {
  const placed = { url: '/scan', x: 3, y: 1, width: 10, opacity: 0.2 };

  it('applies a typed opacity when the field is left, and nothing when a field is left unchanged', () => {
    const { element, emitted } = setup(placed);
    const x = element.querySelector<HTMLInputElement>('#fp-bg-x') as HTMLInputElement;
    x.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    expect(emitted).toEqual([]);
    const opacity = element.querySelector<HTMLInputElement>('#fp-bg-opacity') as HTMLInputElement;
    opacity.value = '0.8';
    opacity.dispatchEvent(new Event('input'));
    opacity.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    expect(emitted).toEqual([{ background: { ...placed, opacity: 0.8 } }]);
  });

  it('applies the room size on Enter and keeps an out-of-range one to itself', () => {
    const { element, emitted } = setup();
    const width = element.querySelector<HTMLInputElement>('#fp-room-width') as HTMLInputElement;
    width.value = '30';
    width.dispatchEvent(new Event('input'));
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    width.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    width.value = '0';
    width.dispatchEvent(new Event('input'));
    width.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(emitted).toEqual([{ width: 30, depth: 12 }]);
  });
});

describe('RoomPropertiesComponent room size', () => {
  it('keeps a width still being corrected when something else of the plan changes, and follows a new size', async () => {
    const { fixture, element } = setup();
    const width = element.querySelector<HTMLInputElement>('#fp-room-width') as HTMLInputElement;
    width.value = '0';
    width.dispatchEvent(new Event('input'));
    // a stand moved elsewhere: the plan (the room) is a new object with the same size
    fixture.componentRef.setInput('room', { width: 24, depth: 12, background: null });
    await fixture.whenStable();
    expect(width.value).toBe('0');

    fixture.componentRef.setInput('room', { width: 30, depth: 12, background: null });
    await fixture.whenStable();
    expect(width.value).toBe('30');
  });
});
