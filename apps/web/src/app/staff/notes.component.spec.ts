import { createWith } from '../ui/render-with.testing';
import { NotesComponent } from './notes.component';

describe('NotesComponent', () => {
  it('adds a note from the labelled text area and empties it without showing an error', async () => {
    const { fixture, el, http } = createWith(NotesComponent, { inputs: { applicationId: 'a1' } });
    http.expectOne('/api/applications/a1/notes').flush([]);
    await fixture.whenStable();
    expect(el.querySelector('label[for="note-text"]')?.textContent?.trim()).toBe('Neue Notiz');

    const text = el.querySelector('textarea#note-text') as HTMLTextAreaElement;
    text.value = ' Rückfrage zum Strom ';
    text.dispatchEvent(new Event('input'));
    (el.querySelector('button[type=submit]') as HTMLButtonElement).click();
    const request = http.expectOne('/api/applications/a1/notes');
    expect(request.request.body).toEqual({ text: 'Rückfrage zum Strom' });
    request.flush({ id: 'n1', text: 'Rückfrage zum Strom', authorName: 'Kim', createdAt: '2027-09-15T08:00:00.000Z' });
    await fixture.whenStable();

    expect(el.querySelector('.notes')?.textContent).toContain('Rückfrage zum Strom');
    expect(text.value).toBe('');
    expect(el.querySelector('mat-error')).toBeNull();
  });
});
