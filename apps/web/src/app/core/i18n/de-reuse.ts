/** German texts for copying an event, retention of personal data and the applicant's stand; spread into `de`. */
export const deReuse = {
  'title.eventCopy': 'Veranstaltung kopieren',
  'title.retention': 'Aufbewahrung und Löschung',

  'eventCopy.action': 'Kopieren',
  'eventCopy.heading': 'Veranstaltung kopieren',
  'eventCopy.intro':
    'Die neue Veranstaltung übernimmt von „{event}“ Einstellungen, Themen, Bewertungskriterien, Hallenplan und E-Mail-Vorlagen. Sie beginnt als Entwurf.',
  'eventCopy.notCopied':
    'Bewerbungen, Bewertungen, Notizen, Standzuteilungen und E-Mails werden nicht übernommen – keine Daten von Antragstellenden.',
  'eventCopy.submit': 'Kopie anlegen',
  'eventCopy.saving': 'Wird kopiert …',
  'eventCopy.done': 'Die Kopie wurde als Entwurf angelegt.',

  'retention.heading': 'Aufbewahrung und Löschung personenbezogener Daten',
  'retention.intro':
    '{months, plural, one {Einen Monat} other {# Monate}} nach einer Veranstaltung werden die personenbezogenen Daten ihrer Bewerbungen gelöscht oder anonymisiert. Für die Statistik bleiben Status, Themen, Bedarf am Stand und Art der Organisation. Das geschieht täglich von selbst.',
  'retention.eventsHeading': 'Veranstaltungen',
  'retention.noEvents': 'Keine Veranstaltung mit personenbezogenen Daten.',
  'retention.event': 'Veranstaltung',
  'retention.eventDate': 'Datum',
  'retention.dueAt': 'Gelöscht ab',
  'retention.dueNow': 'fällig',
  'retention.applications': 'Bewerbungen',
  'retention.logos': 'Logos',
  'retention.accountsHeading': 'Konten ohne Bewerbung',
  'retention.accountsIntro':
    'Konten von Antragstellenden ohne Bewerbung werden {months, plural, one {einen Monat} other {# Monate}} nach der letzten Anmeldung gelöscht.',
  'retention.noAccounts': 'Kein Konto ohne Bewerbung.',
  'retention.email': 'E-Mail-Adresse',
  'retention.lastSeen': 'Letzte Anmeldung',
  'retention.runHeading': 'Jetzt ausführen',
  'retention.runIntro': 'Löscht sofort, was fällig ist, statt bis zum nächsten täglichen Lauf zu warten.',
  'retention.run': 'Fällige Daten jetzt löschen …',
  'retention.confirmHeading': 'Fällige Daten wirklich löschen?',
  'retention.confirmText':
    'Fällig: {events, plural, one {eine Veranstaltung} other {# Veranstaltungen}} und {accounts, plural, one {ein Konto} other {# Konten}}. Das lässt sich nicht rückgängig machen.',
  'retention.confirm': 'Endgültig löschen',
  'retention.running': 'Wird gelöscht …',
  'retention.result':
    'Erledigt: {events, plural, one {eine Veranstaltung} other {# Veranstaltungen}} mit {applications, plural, one {einer Bewerbung} other {# Bewerbungen}} anonymisiert, {accounts, plural, one {ein Konto} other {# Konten}} gelöscht.',

  'stand.heading': 'Ihr Stand',
  'stand.number': 'Stand Nr. {number}',
  'stand.size': 'Größe: {width} m × {depth} m',
  'stand.planLabel': 'Hallenplan von {event}, Ihr Stand Nr. {number} ist hervorgehoben',
  'stand.planCaption': 'Ihr Stand Nr. {number} im Hallenplan ({venue}), dick umrandet und schraffiert.',
  'stand.notYet': 'Ihr Stand wird Ihnen hier angezeigt, sobald der Hallenplan veröffentlicht ist.',
  'stand.peopleHeading': 'Personen am Stand',
  'stand.peopleHint': 'Bis {date} können Sie die Namen und den Unterstützungsbedarf der Personen am Stand ändern.',
  'stand.staffNames': 'Namen der Personen am Stand',
  'stand.accessibilityNeeds': 'Barrierefreiheits- oder Unterstützungsbedarf dieser Personen',
  'stand.save': 'Personen speichern',
  'stand.saving': 'Wird gespeichert …',
  'stand.saved': 'Die Personen am Stand wurden gespeichert.',
  'history.stand_people_changed': 'Personen am Stand geändert',
  'errors.stand_details_closed': 'Die Personen am Stand können nicht mehr geändert werden.',
  'errors.not_accepted': 'Die Personen am Stand können erst nach einer Zusage geändert werden.',

  'eventForm.standDetailsDeadline': 'Personen am Stand änderbar bis',
  'eventForm.standDetailsDeadlineHint': 'Nach der Zusage; leer: keine Änderung mehr.',

  'privacy.retentionEvent':
    '{event} ({date}): personenbezogene Daten der Bewerbungen werden ab {removedFrom} gelöscht oder anonymisiert.',
  'privacy.retentionAccounts':
    'Konten ohne Bewerbung löschen wir nach derselben Frist ohne Anmeldung. Das Datum steht auch in Ihrem Datenexport.',
};
