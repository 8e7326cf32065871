import { ApplicationFields, ApplicationStatus, OrganisationType } from '@markt/shared';

/** Clearly fictional projects; every name ends in "(fiktiv)" so nobody mistakes them for real groups. */
export interface DemoApplication {
  event: '2025' | '2027';
  status: ApplicationStatus;
  /** Index into the demo applicant accounts; 0 is the printed demo applicant. */
  applicant: number;
  fields: ApplicationFields;
  /** Scores per criterion of the first reviewer (2025 only). */
  scores: number[];
  decisionMessage?: string;
}

const P = (
  organisationName: string,
  organisationType: OrganisationType,
  projectTitle: string,
  shortText: string,
  topics: string[],
  needs: Partial<ApplicationFields> = {},
): ApplicationFields => ({
  organisationName: `${organisationName} (fiktiv)`,
  organisationType,
  organisationAddress: 'Musterstraße 1, 40210 Düsseldorf',
  organisationWebsite: 'https://example.org',
  organisationDescription: `${organisationName} ist ein erfundenes Beispiel für die Demo-Daten.`,
  contactName: 'Demo-Kontakt',
  contactEmail: 'kontakt@example.org',
  contactPhone: '+49 211 0000000',
  projectTitle,
  shortText,
  projectDescription: `${shortText} Diese Beschreibung ist Teil der Demo-Daten und beschreibt kein echtes Projekt.`,
  topics,
  targetGroups: 'Jugendliche, Fachkräfte, Interessierte',
  languages: 'Deutsch, Englisch',
  standActivity: 'Infomaterial und Gespräche am Stand',
  hasHandsOnOffer: false,
  peopleAttending: 2,
  tables: 1,
  chairs: 2,
  needsPinBoard: false,
  needsPower: false,
  standWidth: 2,
  needsStepFreeAccess: false,
  staffNames: 'Demo-Person A, Demo-Person B',
  termsAccepted: true,
  workshopInterest: false,
  privacyConsent: true,
  publicationConsent: true,
  photoConsent: true,
  ...needs,
});

const T = OrganisationType;
const S = ApplicationStatus;

export const DEMO_APPLICATIONS: DemoApplication[] = [
  {
    event: '2025',
    status: S.Confirmed,
    scores: [5, 4, 5],
    decisionMessage: 'Wir freuen uns auf Ihren Stand.',
    applicant: 1,
    fields: P(
      'Verein Brückenbau e. V.',
      T.Association,
      'Stammtischkämpfer*innen-Training',
      'Mitmach-Training gegen rechte Parolen im Alltag.',
      ['Extremismusprävention', 'Demokratiebildung'],
      { hasHandsOnOffer: true, needsPower: true },
    ),
  },
  {
    event: '2025',
    status: S.Confirmed,
    scores: [5, 4, 5],
    decisionMessage: 'Wir freuen uns auf Ihren Stand.',
    applicant: 2,
    fields: P(
      'Initiative Nachbarschaft ohne Hass',
      T.Initiative,
      'Hass im Netz melden',
      'Wie man Hasskommentare erkennt und meldet.',
      ['Beratung für Betroffene', 'Antirassismus'],
      { needsPower: true },
    ),
  },
  {
    event: '2025',
    status: S.Accepted,
    scores: [4, 4, 4],
    decisionMessage: 'Bitte bestätigen Sie bis Ende Oktober.',
    applicant: 3,
    fields: P(
      'Migrant*innenforum Rhein',
      T.MigrantOrganisation,
      'Stimmen der Vielfalt',
      'Porträts und Gespräche über Zugehörigkeit.',
      ['Empowerment', 'Antimuslimischer Rassismus'],
      { needsStepFreeAccess: true },
    ),
  },
  {
    event: '2025',
    status: S.Confirmed,
    scores: [5, 4, 5],
    decisionMessage: 'Wir freuen uns auf Ihren Stand.',
    applicant: 4,
    fields: P(
      'Bildungswerk Lernort e. V.',
      T.EducationProvider,
      'Erinnern für die Zukunft',
      'Bildungsangebote zu Antisemitismus für Schulen.',
      ['Antisemitismus', 'Demokratiebildung'],
      { standWidth: 3, needsPinBoard: true },
    ),
  },
  {
    event: '2025',
    status: S.Waitlisted,
    scores: [4, 3, 3],
    decisionMessage: 'Sie stehen auf Platz 1 der Warteliste.',
    applicant: 5,
    fields: P(
      'Queeres Netzwerk Beispielstadt',
      T.Association,
      'Sichtbar und sicher',
      'Beratung und Empowerment für queere Jugendliche.',
      ['Queerfeindlichkeit', 'Empowerment'],
    ),
  },
  {
    event: '2025',
    status: S.Rejected,
    scores: [2, 2, 1],
    decisionMessage: 'Das Angebot passt diesmal nicht zum Schwerpunkt.',
    applicant: 6,
    fields: P(
      'Stadtteilprojekt Mittendrin',
      T.Other,
      'Stadtteilfest-Infostand',
      'Allgemeine Informationen zum Stadtteil.',
      ['Demokratiebildung'],
    ),
  },
  {
    event: '2025',
    status: S.Withdrawn,
    scores: [4, 4, 3],
    applicant: 7,
    fields: P(
      'Beratungsstelle Kompass',
      T.CounsellingService,
      'Beratung bei Diskriminierung',
      'Anlaufstelle für Menschen, die Diskriminierung erleben.',
      ['Beratung für Betroffene', 'Antiziganismus'],
    ),
  },
  {
    event: '2027',
    status: S.Draft,
    scores: [],
    applicant: 0,
    fields: {
      organisationName: 'Projektwerkstatt Demo (fiktiv)',
      organisationType: T.Initiative,
      projectTitle: 'Demokratie-Werkstatt',
    },
  },
  {
    event: '2027',
    status: S.Submitted,
    scores: [],
    applicant: 1,
    fields: P(
      'Verein Brückenbau e. V.',
      T.Association,
      'Argumentieren lernen 2.0',
      'Neue Übungen gegen Stammtischparolen.',
      ['Extremismusprävention'],
      { hasHandsOnOffer: true, needsPower: true },
    ),
  },
  {
    event: '2027',
    status: S.Submitted,
    scores: [],
    applicant: 3,
    fields: P(
      'Migrant*innenforum Rhein',
      T.MigrantOrganisation,
      'Mehrsprachig gegen Ausgrenzung',
      'Beratung in sechs Sprachen.',
      ['Empowerment', 'Beratung für Betroffene'],
      { needsStepFreeAccess: true },
    ),
  },
  {
    event: '2027',
    status: S.Submitted,
    scores: [],
    applicant: 5,
    fields: P(
      'Queeres Netzwerk Beispielstadt',
      T.Association,
      'Sichtbar und sicher – zweite Runde',
      'Empowerment-Workshops für queere Jugendliche.',
      ['Queerfeindlichkeit'],
    ),
  },
];

/** Extra fictional applicant accounts the demo applications belong to (not printed: they only own demo data). */
export const DEMO_APPLICANT_COUNT = 8;
