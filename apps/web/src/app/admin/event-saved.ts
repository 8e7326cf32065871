import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { EventDto } from '@markt/shared';
import { NotificationService } from '../core/notification.service';
import { CurrentEventService } from '../events/current-event.service';

/**
 * What follows saving an event, for the event form and the copy page: the event menu reloads and a message says
 * so; an event just created (new or copied) opens in the event form, the message kept for it.
 * Call in an injection context (a field initialiser).
 */
export function eventSaved() {
  const currentEvent = inject(CurrentEventService);
  const notifications = inject(NotificationService);
  const router = inject(Router);
  return (key: string, created?: EventDto): void => {
    currentEvent.refresh();
    notifications.show({ key }, { keepForNextNavigation: !!created });
    if (created) void router.navigate(['/verwaltung/veranstaltungen', created.id], { replaceUrl: true });
  };
}
