import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { I18nService } from '../core/i18n/i18n.service';

@Component({
  selector: 'app-imprint-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (i18n.lang() === 'en') {
      <h1>Imprint</h1>
      <h2>Provider</h2>
      <address>
        Landeshauptstadt Düsseldorf (City of Düsseldorf)<br />
        Amt für Migration und Integration – Kommunales Integrationszentrum<br />
        Marktplatz 2<br />
        40213 Düsseldorf, Germany
      </address>
      <p>The City of Düsseldorf is a public-law corporation. It is represented by the Lord Mayor.</p>
      <h2>Contact</h2>
      <p class="placeholder">
        <strong>Placeholder – to be filled in by the city:</strong> telephone, email address and contact person of the
        office.
      </p>
      <ul>
        <li>Telephone: <span class="placeholder">[to be added]</span></li>
        <li>Email: <span class="placeholder">[to be added]</span></li>
      </ul>
      <h2>Responsible for the content</h2>
      <p class="placeholder">
        <strong>Placeholder – to be filled in by the city:</strong> name and function of the person responsible for the
        content.
      </p>
      <h2>VAT identification number</h2>
      <p class="placeholder"><strong>Placeholder – to be filled in by the city.</strong></p>
    } @else {
      <h1>Impressum</h1>
      <h2>Anbieterin</h2>
      <address>
        Landeshauptstadt Düsseldorf<br />
        Amt für Migration und Integration – Kommunales Integrationszentrum<br />
        Marktplatz 2<br />
        40213 Düsseldorf
      </address>
      <p>
        Die Landeshauptstadt Düsseldorf ist eine Körperschaft des öffentlichen Rechts. Sie wird vertreten durch den
        Oberbürgermeister.
      </p>
      <h2>Kontakt</h2>
      <p class="placeholder">
        <strong>Platzhalter – wird von der Stadt ergänzt:</strong> Telefonnummer, E-Mail-Adresse und Ansprechperson des
        Amtes.
      </p>
      <ul>
        <li>Telefon: <span class="placeholder">[wird ergänzt]</span></li>
        <li>E-Mail: <span class="placeholder">[wird ergänzt]</span></li>
      </ul>
      <h2>Verantwortlich für den Inhalt</h2>
      <p class="placeholder">
        <strong>Platzhalter – wird von der Stadt ergänzt:</strong> Name und Funktion der inhaltlich verantwortlichen
        Person.
      </p>
      <h2>Umsatzsteuer-Identifikationsnummer</h2>
      <p class="placeholder"><strong>Platzhalter – wird von der Stadt ergänzt.</strong></p>
    }
  `,
})
export class ImprintPage {
  protected readonly i18n = inject(I18nService);
}
