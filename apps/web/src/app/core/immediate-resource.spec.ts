import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Observable, Subject, of, throwError } from 'rxjs';
import { immediateResource } from './immediate-resource';

const streams = new Map<string, () => Observable<string>>();

@Component({
  selector: 'app-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `{{ data.state() }}:{{ data.value() ?? '-' }}`,
})
class HostComponent {
  readonly id = signal('a');
  readonly data = immediateResource(this.id, (id) => (streams.get(id) as () => Observable<string>)());
}

function host() {
  TestBed.configureTestingModule({ imports: [HostComponent] });
  return TestBed.createComponent(HostComponent);
}

describe('immediateResource', () => {
  afterEach(() => streams.clear());

  it('shows data that arrives at once in the very first render (as transferred data does on hydration)', () => {
    streams.set('a', () => of('Markt'));
    const fixture = host();
    fixture.detectChanges();
    expect(fixture.nativeElement.textContent).toBe('ready:Markt');
  });

  it('shows loading until later data comes, and loads again, dropping the old request, when the params change', async () => {
    const first = new Subject<string>();
    const second = new Subject<string>();
    streams.set('a', () => first);
    streams.set('b', () => second);
    const fixture = host();
    fixture.detectChanges();
    expect(fixture.nativeElement.textContent).toBe('loading:-');
    first.next('A');
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toBe('ready:A');

    fixture.componentInstance.id.set('b');
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toBe('loading:A');
    expect(first.observed).toBe(false);
    second.next('B');
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toBe('ready:B');
  });

  it('keeps the error for the page to tell what failed, and stops loading with the component', async () => {
    const failure = new Error('404');
    const pending = new Subject<string>();
    streams.set('a', () => throwError(() => failure));
    streams.set('b', () => pending);
    const fixture = host();
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toBe('error:-');
    expect(fixture.componentInstance.data.error()).toBe(failure);

    fixture.componentInstance.id.set('b');
    await fixture.whenStable();
    expect(fixture.componentInstance.data.error()).toBeUndefined();
    expect(pending.observed).toBe(true);
    fixture.destroy();
    expect(pending.observed).toBe(false);
  });
});
