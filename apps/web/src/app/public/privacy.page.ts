import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18nService } from '../core/i18n/i18n.service';
import { RetentionDatesComponent } from './retention-dates.component';

@Component({
  selector: 'app-privacy-page',
  imports: [RouterLink, RetentionDatesComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (i18n.lang() === 'en') {
      <h1>Privacy policy</h1>
      <p>We process only the personal data needed to run the Markt der Möglichkeiten of the integration conference.</p>
      <h2>Controller</h2>
      <p>
        Landeshauptstadt Düsseldorf, Amt für Migration und Integration – Kommunales Integrationszentrum, Marktplatz 2,
        40213 Düsseldorf (see <a routerLink="/impressum">imprint</a>). Data protection officer:
        <span class="placeholder">[contact details to be added by the city]</span>.
      </p>
      <h2>What we store</h2>
      <ul>
        <li>
          <strong>Account data:</strong> name, email address, role and a securely hashed password (never the password
          itself).
        </li>
        <li>
          <strong>Applications:</strong> information about your organisation, project, contact person and stand that you
          enter in an application, and your consents with the time they were given.
        </li>
        <li>
          <strong>Session cookie:</strong> a technically necessary cookie that keeps you logged in. It is deleted when
          you log out or when the session ends.
        </li>
        <li>
          <strong>XSRF cookie:</strong> a technically necessary cookie (XSRF-TOKEN) that protects forms against
          cross-site request forgery.
        </li>
        <li>
          <strong>Language setting:</strong> your choice of language is stored in your browser (local storage) only.
        </li>
        <li><strong>Feedback:</strong> your message and, if you give it, your email address.</li>
      </ul>
      <p>We do not use tracking, analytics or content from third parties.</p>
      <h2>Purposes</h2>
      <p>
        Organising the Markt der Möglichkeiten: registration, applying for a stand, reviewing and deciding on
        applications, planning stands, informing participants, and handling feedback on accessibility.
      </p>
      <h2>Legal basis</h2>
      <p>
        Art. 6 (1) (e) GDPR (DSGVO) in conjunction with the data protection law of North Rhine-Westphalia (DSG NRW) for
        the performance of the city's public tasks; Art. 6 (1) (a) GDPR where you have given consent (for example to
        publication in the exhibitor directory or to photos), which you can withdraw at any time with effect for the
        future. Technically necessary cookies are based on § 25 (2) TDDDG.
      </p>
      <h2>Retention</h2>
      <p>
        Account data is kept as long as your account exists. Personal data in applications is deleted or anonymised
        after the retention period following the event; statistics keep only the status, topics, needs at the stand and
        type of organisation. Feedback is deleted once it has been dealt with.
      </p>
      <app-retention-dates />
      <h2>Your rights</h2>
      <p>
        You have the right to access, rectification, erasure, restriction of processing, data portability and objection
        (Art. 15–21 GDPR), and the right to lodge a complaint with the supervisory authority: Landesbeauftragte für
        Datenschutz und Informationsfreiheit Nordrhein-Westfalen, Düsseldorf.
      </p>
    } @else {
      <h1>Datenschutzerklärung</h1>
      <p>
        Wir verarbeiten nur die personenbezogenen Daten, die für die Durchführung des Markts der Möglichkeiten der
        Integrationskonferenz nötig sind.
      </p>
      <h2>Verantwortliche Stelle</h2>
      <p>
        Landeshauptstadt Düsseldorf, Amt für Migration und Integration – Kommunales Integrationszentrum, Marktplatz 2,
        40213 Düsseldorf (siehe <a routerLink="/impressum">Impressum</a>). Datenschutzbeauftragte*r:
        <span class="placeholder">[Kontaktdaten werden von der Stadt ergänzt]</span>.
      </p>
      <h2>Welche Daten wir speichern</h2>
      <ul>
        <li>
          <strong>Kontodaten:</strong> Name, E-Mail-Adresse, Rolle und ein sicher verschlüsseltes Passwort (als Hash,
          nie das Passwort selbst).
        </li>
        <li>
          <strong>Bewerbungen:</strong> Angaben zu Organisation, Projekt, Ansprechperson und Stand, die Sie in einer
          Bewerbung eintragen, sowie Ihre Einwilligungen mit Zeitpunkt.
        </li>
        <li>
          <strong>Sitzungs-Cookie:</strong> ein technisch notwendiges Cookie, das Sie angemeldet hält. Es wird beim
          Abmelden oder am Ende der Sitzung gelöscht.
        </li>
        <li>
          <strong>XSRF-Cookie:</strong> ein technisch notwendiges Cookie (XSRF-TOKEN), das Formulare vor gefälschten
          Anfragen anderer Websites schützt.
        </li>
        <li>
          <strong>Spracheinstellung:</strong> Ihre Sprachwahl wird nur in Ihrem Browser gespeichert (Local Storage).
        </li>
        <li><strong>Feedback:</strong> Ihre Nachricht und, wenn Sie sie angeben, Ihre E-Mail-Adresse.</li>
      </ul>
      <p>Wir setzen kein Tracking, keine Analysewerkzeuge und keine Inhalte von Drittanbietern ein.</p>
      <h2>Zwecke</h2>
      <p>
        Organisation des Markts der Möglichkeiten: Registrierung, Bewerbung um einen Stand, Prüfung und Entscheidung
        über Bewerbungen, Standplanung, Information der Teilnehmenden sowie Bearbeitung von Rückmeldungen zur
        Barrierefreiheit.
      </p>
      <h2>Rechtsgrundlage</h2>
      <p>
        Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit dem Datenschutzgesetz Nordrhein-Westfalen (DSG NRW) zur Erfüllung
        öffentlicher Aufgaben der Stadt; Art. 6 Abs. 1 lit. a DSGVO, soweit Sie eingewilligt haben (zum Beispiel in die
        Veröffentlichung im Verzeichnis der Aussteller*innen oder in Fotos). Eine Einwilligung können Sie jederzeit mit
        Wirkung für die Zukunft widerrufen. Technisch notwendige Cookies beruhen auf § 25 Abs. 2 TDDDG.
      </p>
      <h2>Speicherdauer</h2>
      <p>
        Kontodaten speichern wir, solange Ihr Konto besteht. Personenbezogene Daten aus Bewerbungen werden nach Ablauf
        der Aufbewahrungsfrist nach der Veranstaltung gelöscht oder anonymisiert; für die Statistik bleiben nur Status,
        Themen, Bedarf am Stand und Art der Organisation. Feedback löschen wir, sobald es bearbeitet ist.
      </p>
      <app-retention-dates />
      <h2>Ihre Rechte</h2>
      <p>
        Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit
        und Widerspruch (Art. 15–21 DSGVO) sowie das Recht, sich bei der Aufsichtsbehörde zu beschweren:
        Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen, Düsseldorf.
      </p>
    }
  `,
})
export class PrivacyPage {
  protected readonly i18n = inject(I18nService);
}
