import type { syncSv } from './sync.sv';
import type { Widen } from './widen';

export const syncEn: Widen<typeof syncSv> = {
  title: 'Sync',
  notChosen: 'No shared folder is chosen, so this computer does not sync with the unit’s other computers.',
  chooseFolder: 'Choose a folder under Export and import',
  syncing: 'Syncing …',
  never: 'Not synced yet.',
  syncedAt: 'Synced {{when}}.',
  lastSyncedAt: 'Last synced {{when}}.',
  today: 'at {{time}}',
  failed: 'The sync was stopped.',
  pending_zero: 'No changes waiting.',
  pending_one: '1 change waiting to be sent.',
  pending_other: '{{count}} changes waiting to be sent.',
  received: 'Received changes from {{names}}.',
  syncNow: 'Sync now',
  loadFailed: 'The state of the sync could not be loaded.',
  warnings_one: '1 warning',
  warnings_other: '{{count}} warnings',
  warning: {
    damaged: 'The file {{file}} is damaged or incomplete and was skipped. That computer writes a new summary at its next sync.',
    foreign: '{{file}} does not belong to the sync and was left alone.',
    future: 'The file {{file}} was made by a newer version of Kvalitetshjulet. Update the app to receive it.',
    clockAhead:
      'Changes from {{author}} are waiting: that computer’s clock is about {{minutes}} minutes ahead. They are received once the clock here has caught up; please correct the clock on that computer.',
    blockedUnit: 'The unit “{{unit}}” is not synced here, as an imported unit of the same name is on this computer.',
  },
};
