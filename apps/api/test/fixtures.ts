import { ApplicationFields, OrganisationType } from '@markt/shared';

/** A complete, clearly fictional application. */
export const COMPLETE: ApplicationFields = {
  organisationName: 'Verein für Vielfalt Musterstadt e. V. (fiktiv)',
  organisationType: OrganisationType.Association,
  organisationAddress: 'Beispielweg 1, 40210 Düsseldorf',
  organisationWebsite: 'https://vielfalt.example.org',
  organisationDescription: 'Ein fiktiver Verein für Demokratiebildung.',
  contactName: 'Sam Beispiel',
  contactEmail: 'sam@vielfalt.example.org',
  contactPhone: '+49 211 000000',
  projectTitle: 'Argumente gegen Stammtischparolen',
  shortText: 'Ein Training zum Mitmachen.',
  projectDescription: 'Ausführliche Beschreibung des Projekts.',
  topics: ['Demokratiebildung', 'Extremismusprävention'],
  targetGroups: 'Jugendliche, Lehrkräfte',
  languages: 'Deutsch, Türkisch',
  standActivity: 'Quiz und Rollenspiel',
  hasHandsOnOffer: true,
  peopleAttending: 2,
  tables: 1,
  chairs: 2,
  needsPinBoard: true,
  needsPower: false,
  standWidth: 2,
  needsStepFreeAccess: false,
  staffNames: 'Sam Beispiel, Alex Muster',
  termsAccepted: true,
  privacyConsent: true,
  publicationConsent: true,
  photoConsent: false,
};

export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF');
export const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
