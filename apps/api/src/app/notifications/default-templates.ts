import { Language, SUBJECT_PLACEHOLDERS, TemplateKind } from '@markt/shared';

type Template = { subject: string; body: string };

/**
 * Built-in texts; admins may replace them per event. Placeholders: {organisation} {project} {event}
 * {status} {message} {link} {stand} (the stand number once the applicant may see it). Subjects only
 * take {event} and {status}; what applicants wrote is quoted.
 */
export const DEFAULT_TEMPLATES: Record<TemplateKind, Record<Language, Template>> = {
  [TemplateKind.SubmissionReceived]: {
    de: {
      subject: 'Bewerbung eingegangen: {event}',
      body:
        'Guten Tag,\n\nvielen Dank für die Bewerbung von {organisation} mit dem Projekt {project} für den Markt der Möglichkeiten ({event}). ' +
        'Sie können Ihre Bewerbung bis zum Bewerbungsschluss ändern:\n{link}\n\nMit freundlichen Grüßen\nKommunales Integrationszentrum',
    },
    en: {
      subject: 'Application received: {event}',
      body:
        'Hello,\n\nthank you for the application of {organisation} with the project {project} for the Markt der Möglichkeiten ({event}). ' +
        'You can change it until the deadline:\n{link}\n\nKind regards\nKommunales Integrationszentrum',
    },
  },
  [TemplateKind.DecisionAccepted]: {
    de: {
      subject: 'Zusage für den Markt der Möglichkeiten: {event}',
      body:
        'Guten Tag,\n\nwir freuen uns: {organisation} ist mit {project} beim Markt der Möglichkeiten ({event}) dabei.\n\n{stand}\n\n{message}\n\n' +
        'Bitte bestätigen Sie Ihre Teilnahme hier:\n{link}\n\nMit freundlichen Grüßen\nKommunales Integrationszentrum',
    },
    en: {
      subject: 'Accepted for the Markt der Möglichkeiten: {event}',
      body:
        'Hello,\n\nwe are glad to tell you that {organisation} is part of the Markt der Möglichkeiten ({event}) with {project}.\n\n{stand}\n\n{message}\n\n' +
        'Please confirm your participation here:\n{link}\n\nKind regards\nKommunales Integrationszentrum',
    },
  },
  [TemplateKind.DecisionWaitlisted]: {
    de: {
      subject: 'Warteliste für den Markt der Möglichkeiten: {event}',
      body:
        'Guten Tag,\n\n{project} von {organisation} steht auf der Warteliste für den Markt der Möglichkeiten ({event}). ' +
        'Wird ein Platz frei, melden wir uns.\n\n{message}\n\n{link}\n\nMit freundlichen Grüßen\nKommunales Integrationszentrum',
    },
    en: {
      subject: 'Waiting list for the Markt der Möglichkeiten: {event}',
      body:
        'Hello,\n\n{project} of {organisation} is on the waiting list for the Markt der Möglichkeiten ({event}). ' +
        'We will contact you if a place becomes free.\n\n{message}\n\n{link}\n\nKind regards\nKommunales Integrationszentrum',
    },
  },
  [TemplateKind.DecisionRejected]: {
    de: {
      subject: 'Ihre Bewerbung für den Markt der Möglichkeiten: {event}',
      body:
        'Guten Tag,\n\nleider können wir {project} von {organisation} diesmal keinen Stand auf dem Markt der Möglichkeiten ({event}) anbieten.\n\n' +
        '{message}\n\nMit freundlichen Grüßen\nKommunales Integrationszentrum',
    },
    en: {
      subject: 'Your application for the Markt der Möglichkeiten: {event}',
      body:
        'Hello,\n\nunfortunately we cannot offer {project} of {organisation} a stand at the Markt der Möglichkeiten ({event}) this time.\n\n' +
        '{message}\n\nKind regards\nKommunales Integrationszentrum',
    },
  },
  [TemplateKind.ConfirmationReminder]: {
    de: {
      subject: 'Bitte bestätigen Sie Ihre Teilnahme: {event}',
      body:
        'Guten Tag,\n\nbitte bestätigen Sie die Teilnahme von {organisation} mit {project} am Markt der Möglichkeiten ({event}):\n{link}\n\n{stand}\n\n' +
        'Mit freundlichen Grüßen\nKommunales Integrationszentrum',
    },
    en: {
      subject: 'Please confirm your participation: {event}',
      body:
        'Hello,\n\nplease confirm the participation of {organisation} with {project} in the Markt der Möglichkeiten ({event}):\n{link}\n\n{stand}\n\n' +
        'Kind regards\nKommunales Integrationszentrum',
    },
  },
  [TemplateKind.ChangesRequested]: {
    de: {
      subject: 'Bitte ergänzen Sie Ihre Bewerbung: {event}',
      body:
        'Guten Tag,\n\nbevor wir über die Bewerbung von {organisation} mit {project} für den Markt der Möglichkeiten ({event}) entscheiden, ' +
        'bitten wir Sie um Änderungen:\n\n{message}\n\nDie betroffenen Angaben sind in Ihrer Bewerbung markiert. ' +
        'Bitte ändern Sie sie und reichen Sie die Bewerbung erneut ein:\n{link}\n\nMit freundlichen Grüßen\nKommunales Integrationszentrum',
    },
    en: {
      subject: 'Please update your application: {event}',
      body:
        'Hello,\n\nbefore we decide on the application of {organisation} with {project} for the Markt der Möglichkeiten ({event}), ' +
        'we ask you for changes:\n\n{message}\n\nThe details concerned are marked in your application. ' +
        'Please change them and submit the application again:\n{link}\n\nKind regards\nKommunales Integrationszentrum',
    },
  },
  [TemplateKind.EmailVerification]: {
    de: {
      subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
      body:
        'Guten Tag,\n\nbitte bestätigen Sie mit diesem Link, dass diese E-Mail-Adresse Ihnen gehört. Erst danach schreibt Ihnen der Markt der Möglichkeiten ' +
        'der Landeshauptstadt an diese Adresse. Der Link gilt drei Tage und nur einmal:\n{link}\n\n' +
        'Wenn Sie sich nicht angemeldet haben, ignorieren Sie diese E-Mail.',
    },
    en: {
      subject: 'Please confirm your email address',
      body:
        'Hello,\n\nplease confirm with this link that this email address is yours. Only then does the Markt der Möglichkeiten write to it. ' +
        'The link is valid for three days and only once:\n{link}\n\n' +
        'If you did not sign up, ignore this email.',
    },
  },
  [TemplateKind.PasswordReset]: {
    de: {
      subject: 'Passwort zurücksetzen',
      body:
        'Guten Tag,\n\nSie können Ihr Passwort für den Markt der Möglichkeiten über diesen Link neu setzen. Er gilt eine Stunde und nur einmal:\n{link}\n\n' +
        'Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail.',
    },
    en: {
      subject: 'Reset your password',
      body:
        'Hello,\n\nyou can set a new password for the Markt der Möglichkeiten with this link. It is valid for one hour and only once:\n{link}\n\n' +
        'If you did not ask for this, ignore this email.',
    },
  },
};

export type TemplateValues = Partial<
  Record<'organisation' | 'project' | 'event' | 'status' | 'message' | 'link' | 'stand', string>
>;

/** What applicants wrote themselves: never in a subject, always quoted in a body. */
const APPLICANT_WRITTEN: readonly string[] = ['organisation', 'project'];
const QUOTES: Record<Language, [string, string]> = { de: ['„', '“'], en: ['“', '”'] };

/** Links in applicant text are defused so a mail client does not turn them into the city's own links. */
function defuse(text: string): string {
  return text.replace(/:\/\//g, '[:]//').replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}[.]`);
}

/** Fills `{name}` placeholders; a missing value becomes empty text, never the raw placeholder. */
export function render(text: string, values: TemplateValues, language: Language = 'de'): string {
  const [open, close] = QUOTES[language];
  return text
    .replace(/\{(\w+)\}/g, (_match, name: string) => {
      const value = values[name as keyof TemplateValues] ?? '';
      return APPLICANT_WRITTEN.includes(name) && value ? `${open}${defuse(value)}${close}` : value;
    })
    .replace(/\n{3,}/g, '\n\n');
}

/** A subject line: only the placeholders staff control, on one line. */
export function renderSubject(text: string, values: TemplateValues): string {
  const allowed = Object.fromEntries(SUBJECT_PLACEHOLDERS.map((name) => [name, values[name]]));
  return render(text, allowed).replace(/\s+/g, ' ').trim();
}

/** Placeholders in a text that the renderer does not know. */
export function unknownPlaceholders(text: string, known: readonly string[]): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((name) => !known.includes(name));
}
