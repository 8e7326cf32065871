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
/** A complete 1 × 1 JPEG: uploads are decoded in full, so a bare header no longer passes. */
export const JPEG = Buffer.from(
  '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAABAAEDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAf/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AKAAD//Z',
  'base64',
);
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF');
export const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
