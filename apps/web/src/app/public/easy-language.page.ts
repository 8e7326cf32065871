import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { I18nService } from '../core/i18n/i18n.service';

/** Leichte Sprache: short sentences, one idea per sentence. Always German (with an English note). */
@Component({
  selector: 'app-easy-language-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (i18n.lang() === 'en') {
      <p class="message">
        This page is in German Easy Language (Leichte Sprache). It explains the website in simple words.
      </p>
    }
    <div lang="de" class="easy-language">
      <h1>Leichte Sprache</h1>
      <h2>Was ist diese Internet-Seite?</h2>
      <p>Diese Seite heißt: Markt der Möglichkeiten.</p>
      <p>Die Seite ist von der Stadt Düsseldorf.</p>
      <p>Die Stadt macht alle 2 Jahre eine Konferenz.</p>
      <p>Eine Konferenz ist ein großes Treffen.</p>
      <p>Das Treffen heißt: Integrations-Konferenz.</p>
      <p>Dort geht es um das Zusammen-Leben in Düsseldorf.</p>
      <h2>Was ist der Markt der Möglichkeiten?</h2>
      <p>Auf der Konferenz gibt es Stände.</p>
      <p>An einem Stand zeigt eine Gruppe ihre Arbeit.</p>
      <p>Die Gruppen arbeiten zum Beispiel gegen Rassismus.</p>
      <p>Oder sie helfen Menschen.</p>
      <h2>Was können Sie hier machen?</h2>
      <p>Sie können sich die Termine ansehen.</p>
      <p>Ihre Gruppe möchte einen Stand haben?</p>
      <p>Dann melden Sie sich hier an.</p>
      <p>Dafür brauchen Sie eine E-Mail-Adresse.</p>
      <p>Und Sie brauchen ein Passwort.</p>
      <p>Danach können Sie sich für einen Stand bewerben.</p>
      <p>Die Stadt prüft Ihre Bewerbung.</p>
      <p>Dann bekommen Sie eine Antwort.</p>
      <h2>Sie brauchen Hilfe?</h2>
      <p>Sie können der Stadt schreiben.</p>
      <p>Dafür gibt es ein Formular.</p>
      <p>Das Formular ist auf der Seite: Barriere-Freiheit.</p>
    </div>
  `,
})
export class EasyLanguagePage {
  protected readonly i18n = inject(I18nService);
}
