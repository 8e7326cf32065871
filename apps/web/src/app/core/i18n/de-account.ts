/** German texts of account access: no-access page, provisional passwords, one's own staff account. */
export const deAccount = {
  'common.actionFor': '{action}: {name}',
  'staff.selfNote':
    'Ihr eigenes Konto können Sie nicht deaktivieren und nicht herabstufen; das kann eine andere Person mit Verwaltungsrechten.',
  'title.noAccess': 'Kein Zugriff',
  'noAccess.heading': 'Kein Zugriff',
  'noAccess.text': 'Dieser Bereich ist für Ihr Konto ({role}) nicht freigegeben.',
  'noAccess.home': 'Zu Ihrer Startseite',
  'title.passwordChange': 'Eigenes Passwort festlegen',
  'passwordChange.heading': 'Eigenes Passwort festlegen',
  'passwordChange.intro':
    'Ihr Konto wurde mit einem vorläufigen Passwort angelegt. Bitte legen Sie ein eigenes fest, bevor Sie weiterarbeiten.',
  'passwordChange.current': 'Vorläufiges Passwort',
  'passwordChange.new': 'Neues Passwort',
  'passwordChange.save': 'Passwort festlegen',
  'passwordChange.saved': 'Ihr eigenes Passwort gilt ab jetzt.',
} as const satisfies Record<string, string>;
