// English messages of the sync panel (the Lao file is the reference).
import type { Message } from '../../catalog.ts';
import type { lo } from './lo.ts';

export const en: Record<keyof typeof lo, Message> = {
  syncName: 'Name',
  syncPassword: 'Password',
  syncServer: 'Server address (advanced)',
  syncSignOut: 'Sign out',
  syncNow: 'Sync now',
  syncSignedInAs: (p) => `Signed in as ${p.name}`,
  syncStateOff: 'Not signed in: your data is on this phone only.',
  syncStateSynced: (p) => (Number(p.minutes) < 1 ? 'Synced just now' : `Synced ${p.minutes} min ago`),
  syncStateNever: 'Not synced yet',
  syncStateOffline: (p) => `Offline: ${p.pending} reviews waiting`,
  syncStateSyncing: (p) => `Syncing… ${p.percent} %`,
  syncIssuePassword: 'The server refused the name or password.',
  syncIssueSession: 'Your session has ended: sign in again. Nothing waiting here is lost.',
  syncIssueNameTaken: 'That name is taken: choose another, or sign in.',
  syncIssueForbidden: 'The server refused access to this account’s data.',
  syncIssueServer: 'The server had a problem; Lovi will try again.',
  syncIssueOffline: 'No connection to the server. Try again when you are online.',
  syncNeedName: 'Type a name and a password (at least 8 characters).',
  syncSignOutAsk: 'Keep your study data on this phone after signing out?',
  syncKeepData: 'Keep it',
  syncRemoveData: 'Remove it from this phone',
  syncCancel: 'Cancel',
  syncDeleteAccount: 'Delete my account',
  syncDeleteAsk: 'Delete the server’s copy of your study for good? This phone keeps its own.',
  syncDeleteConfirm: 'Delete for good',
};
