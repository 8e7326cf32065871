import { OutboxMessageDto, OutboxStatus } from '@markt/shared';
import { renderWith } from '../ui/render-with.testing';
import { OutboxMessageComponent } from './outbox-message.component';

const MESSAGE: OutboxMessageDto = {
  id: 'm1',
  to: 'kim@example.org',
  subject: 'Ihre Bewerbung',
  body: 'Hallo Kim',
  status: OutboxStatus.Failed,
  attempts: 3,
  lastError: 'SMTP 421',
  nextAttemptAt: null,
  sentAt: null,
  createdAt: '2027-09-15T08:00:00.000Z',
};

describe('OutboxMessageComponent', () => {
  async function render() {
    const { fixture, el, http } = await renderWith(OutboxMessageComponent, { inputs: { message: MESSAGE } });
    const button = (text: string) =>
      Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.trim() === text) as HTMLButtonElement;
    return { fixture, el, http, button };
  }

  it('lists the facts of the message, without a sending time it does not have', async () => {
    const { el } = await render();
    const facts = Array.from(el.querySelectorAll('dl > div')).map((row) => [
      row.querySelector('dt')?.textContent?.trim(),
      row.querySelector('dd')?.textContent?.trim(),
    ]);
    expect(facts).toEqual([
      ['An', 'kim@example.org'],
      ['Erstellt', expect.stringContaining('10:00')],
      ['Versuche', '3'],
      ['Letzter Fehler', 'SMTP 421'],
    ]);
  });

  it('edits subject and body in labelled fields and does not send them empty', async () => {
    const { fixture, el, http, button } = await render();
    button('Bearbeiten').click();
    await fixture.whenStable();
    const subject = el.querySelector<HTMLInputElement>('#msg-m1-subject');
    expect(el.querySelector('label[for="msg-m1-subject"]')?.textContent?.trim()).toBe('Betreff');
    expect(subject?.value).toBe('Ihre Bewerbung');
    expect(el.querySelector<HTMLTextAreaElement>('#msg-m1-body')?.value).toBe('Hallo Kim');

    (subject as HTMLInputElement).value = '';
    subject?.dispatchEvent(new Event('input'));
    button('Nachricht speichern').click();
    await fixture.whenStable();
    expect(el.textContent).toContain('Bitte korrigieren Sie die markierten Felder.');
    http.verify();
  });
});
