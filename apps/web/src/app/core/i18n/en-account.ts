import { deAccount } from './de-account';

/** English texts of account access (see de-account.ts). */
export const enAccount: Record<keyof typeof deAccount, string> = {
  'common.actionFor': '{action}: {name}',
  'staff.selfNote': 'You cannot deactivate or demote your own account; another administrator can.',
  'title.noAccess': 'No access',
  'noAccess.heading': 'No access',
  'noAccess.text': 'This area is not open to your account ({role}).',
  'noAccess.home': 'To your home page',
  'title.passwordChange': 'Set your own password',
  'passwordChange.heading': 'Set your own password',
  'passwordChange.intro':
    'Your account was created with a provisional password. Please set your own before you continue.',
  'passwordChange.current': 'Provisional password',
  'passwordChange.new': 'New password',
  'passwordChange.save': 'Set password',
  'passwordChange.saved': 'Your own password is in effect now.',
};
