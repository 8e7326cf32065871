import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { I18nService } from '../core/i18n/i18n.service';
import { FeedbackFormComponent } from './feedback-form.component';

/** Accessibility statement per BITV NRW, with feedback form and enforcement procedure. */
@Component({
  selector: 'app-accessibility-page',
  imports: [FeedbackFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (i18n.lang() === 'en') {
      <h1>Accessibility statement</h1>
      <p>
        The City of Düsseldorf strives to make its websites accessible in accordance with the
        Behindertengleichstellungsgesetz NRW and the Barrierefreie-Informationstechnik-Verordnung NRW (BITV NRW), which
        implement Directive (EU) 2016/2102. This statement applies to the website “Markt der Möglichkeiten”.
      </p>
      <h2>Compliance status</h2>
      <p>
        This website is <strong>partially compliant</strong> with the requirements of BITV NRW (WCAG 2.1 level AA),
        because of the limitations listed below.
      </p>
      <h2>Content that is not accessible</h2>
      <ul>
        <li>
          The floor plan of the stands, which will follow, is a drawing; a text version with the same information will
          be provided.
        </li>
        <li>PDF files (for example printed floor plans and stand signs) may not be fully accessible.</li>
        <li>The Easy Language explanation is available in German only.</li>
      </ul>
      <h2>Preparation of this statement</h2>
      <p>
        This statement was prepared on the basis of a self-assessment with automated tests (axe-core) and manual
        keyboard and screen reader checks.
        <span class="placeholder">[Date of preparation and last review to be added by the city.]</span>
      </p>
    } @else {
      <h1>Erklärung zur Barrierefreiheit</h1>
      <p>
        Die Landeshauptstadt Düsseldorf ist bemüht, ihre Websites im Einklang mit dem Behindertengleichstellungsgesetz
        NRW (BGG NRW) und der Barrierefreie-Informationstechnik-Verordnung NRW (BITV NRW) barrierefrei zugänglich zu
        machen. Diese setzen die Richtlinie (EU) 2016/2102 um. Diese Erklärung gilt für die Website „Markt der
        Möglichkeiten“.
      </p>
      <h2>Stand der Vereinbarkeit mit den Anforderungen</h2>
      <p>
        Diese Website ist wegen der folgenden Einschränkungen <strong>teilweise barrierefrei</strong> im Sinne der BITV
        NRW (WCAG 2.1, Stufe AA).
      </p>
      <h2>Nicht barrierefreie Inhalte</h2>
      <ul>
        <li>
          Der künftige Hallenplan mit den Ständen ist eine Zeichnung; eine Textfassung mit denselben Angaben wird
          bereitgestellt.
        </li>
        <li>
          PDF-Dateien (zum Beispiel gedruckte Hallenpläne und Standschilder) sind möglicherweise nicht vollständig
          barrierefrei.
        </li>
        <li>Die Erklärung in Leichter Sprache gibt es nur auf Deutsch.</li>
      </ul>
      <h2>Erstellung dieser Erklärung</h2>
      <p>
        Diese Erklärung beruht auf einer Selbstbewertung mit automatischen Tests (axe-core) sowie Prüfungen mit Tastatur
        und Screenreader.
        <span class="placeholder">[Datum der Erstellung und der letzten Überprüfung wird von der Stadt ergänzt.]</span>
      </p>
    }

    <section aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{{ en() ? 'Feedback and contact' : 'Feedback und Kontakt' }}</h2>
      @if (en()) {
        <p>
          Have you noticed barriers to access on this website? Or do you need information from it in an accessible form?
          Please use the form below. We will answer within the legal deadline.
        </p>
      } @else {
        <p>
          Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Oder benötigen Sie Informationen dieser Website in
          barrierefreier Form? Dann nutzen Sie bitte das folgende Formular. Wir antworten innerhalb der gesetzlichen
          Frist.
        </p>
      }
      <app-feedback-form />
    </section>

    @if (en()) {
      <h2>Enforcement procedure</h2>
      <p>
        If you do not receive a satisfactory answer to your feedback, you can contact the
        <strong>Ombudsstelle für barrierefreie Informationstechnik NRW</strong> (ombuds office for accessible
        information technology of North Rhine-Westphalia), based at the office of the Commissioner of the Government of
        North Rhine-Westphalia for People with Disabilities and Patients. The procedure is free of charge; you do not
        need a lawyer.
      </p>
      <p>
        Ombudsstelle für barrierefreie Informationstechnik NRW, c/o Beauftragte der Landesregierung für Menschen mit
        Behinderung sowie für Patientinnen und Patienten in NRW, Fürstenwall 25, 40219 Düsseldorf.
        <span class="placeholder">[Please verify current contact details.]</span>
      </p>
    } @else {
      <h2>Durchsetzungsverfahren</h2>
      <p>
        Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie sich an die
        <strong>Ombudsstelle für barrierefreie Informationstechnik NRW</strong> wenden. Sie ist bei der bzw. dem
        Beauftragten der Landesregierung für Menschen mit Behinderung sowie für Patientinnen und Patienten in NRW
        eingerichtet. Das Verfahren ist kostenlos; Sie brauchen keine Anwältin und keinen Anwalt.
      </p>
      <p>
        Ombudsstelle für barrierefreie Informationstechnik NRW, c/o Beauftragte der Landesregierung für Menschen mit
        Behinderung sowie für Patientinnen und Patienten in NRW, Fürstenwall 25, 40219 Düsseldorf.
        <span class="placeholder">[Aktuelle Kontaktdaten bitte prüfen.]</span>
      </p>
    }
  `,
})
export class AccessibilityPage {
  protected readonly i18n = inject(I18nService);
  protected en(): boolean {
    return this.i18n.lang() === 'en';
  }
}
