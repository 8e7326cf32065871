import { inject } from '@angular/core';
import { CanDeactivateFn } from '@angular/router';
import { I18nService } from '../../core/i18n/i18n.service';

/** A page that can hold changes not saved yet. */
export interface HoldsUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/**
 * Asks before leaving a page with unsaved changes for another page of the app (the browser asks by
 * itself when the tab is closed or reloaded, see the page's `beforeunload`).
 */
export const unsavedChangesGuard: CanDeactivateFn<HoldsUnsavedChanges> = (page) =>
  !page.hasUnsavedChanges() || (globalThis.confirm?.(inject(I18nService).t('floorPlan.leaveConfirm')) ?? true);
