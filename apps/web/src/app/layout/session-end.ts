import { inject } from '@angular/core';
import { NavigationBehaviorOptions, Router } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { CurrentEventService } from '../events/current-event.service';

/**
 * What follows when the session ends in this tab (signed out, account deleted): nobody is signed in, the header
 * names the event anonymous visitors see, and the start page opens. Call in an injection context (a field
 * initialiser); it returns the function that ends the session: `this.endSession({ replaceUrl: true })`.
 */
export function sessionEnd(): (navigation?: NavigationBehaviorOptions) => void {
  const auth = inject(AuthService);
  const currentEvent = inject(CurrentEventService);
  const router = inject(Router);
  return (navigation = {}) => {
    auth.user.set(null);
    currentEvent.refresh();
    void router.navigateByUrl('/', navigation);
  };
}
