import { Application } from '../applications/application.entity';
import { Column } from '../common/tabular-export';

/** One row per application, needs as columns: what logistics plans tables, power and badges with. */
export const EXPORT_COLUMNS: Column<Application>[] = [
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
  {
    header: 'Barrierefreiheitsbedarf',
    value: (a) => a.staffAccessibilityNeeds,
  },
  { header: 'Mitmach-Angebot', value: (a) => a.hasHandsOnOffer },
  { header: 'Weitere Wünsche', value: (a) => a.otherWishes },
  { header: 'Stand teilen mit', value: (a) => a.shareStandWith },
  { header: 'Veröffentlichung erlaubt', value: (a) => a.publicationConsent },
  {
    header: 'Eingereicht am',
    value: (a) => a.submittedAt?.toISOString() ?? null,
  },
];
