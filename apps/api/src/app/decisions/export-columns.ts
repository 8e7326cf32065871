import { Application } from '../applications/application.entity';

type Cell = string | number | boolean | null;

/** One row per application, needs as columns: what logistics plans tables, power and badges with. */
export const EXPORT_COLUMNS: { header: string; value: (a: Application) => Cell }[] = [
  { header: 'ID', value: (a) => a.id },
  { header: 'Status', value: (a) => a.status },
  { header: 'Organisation', value: (a) => a.organisationName },
  { header: 'Art der Organisation', value: (a) => a.organisationType },
  { header: 'Projekt', value: (a) => a.projectTitle },
  { header: 'Themen', value: (a) => (a.topics ?? []).join(', ') },
  { header: 'Kontaktperson', value: (a) => a.contactName },
  { header: 'E-Mail', value: (a) => a.contactEmail },
  { header: 'Telefon', value: (a) => a.contactPhone },
  { header: 'Personen am Stand', value: (a) => a.peopleAttending },
  { header: 'Namen der Standbetreuung', value: (a) => a.staffNames },
  { header: 'Tische', value: (a) => a.tables },
  { header: 'Stühle', value: (a) => a.chairs },
  { header: 'Stellwand', value: (a) => a.needsPinBoard },
  { header: 'Strom', value: (a) => a.needsPower },
  { header: 'Standbreite (m)', value: (a) => a.standWidth },
  { header: 'Stufenlos', value: (a) => a.needsStepFreeAccess },
  { header: 'Barrierefreiheitsbedarf', value: (a) => a.staffAccessibilityNeeds },
  { header: 'Mitmach-Angebot', value: (a) => a.hasHandsOnOffer },
  { header: 'Weitere Wünsche', value: (a) => a.otherWishes },
  { header: 'Stand teilen mit', value: (a) => a.shareStandWith },
  { header: 'Veröffentlichung erlaubt', value: (a) => a.publicationConsent },
  { header: 'Eingereicht am', value: (a) => a.submittedAt?.toISOString() ?? null },
];

function display(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  return String(value);
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with an apostrophe:
 * applicants write these texts, staff open the file.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Semicolon-separated with a BOM, as German spreadsheet programs expect. */
export function toCsv(applications: Application[]): string {
  const quote = (text: string) => (/[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = [
    EXPORT_COLUMNS.map((c) => quote(c.header)).join(';'),
    ...applications.map((a) => EXPORT_COLUMNS.map((c) => quote(neutraliseFormula(display(c.value(a))))).join(';')),
  ];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** Cells for a spreadsheet: numbers stay numbers, yes/no as text, formulas neutralised. */
export function toRows(applications: Application[]): Cell[][] {
  return applications.map((a) =>
    EXPORT_COLUMNS.map((c) => {
      const value = c.value(a);
      return typeof value === 'number' ? value : neutraliseFormula(display(value));
    }),
  );
}
