import { EntityManager } from 'typeorm';

/**
 * Takes an event's row lock until the transaction ends, so that decisions, assignments and plan saves
 * of one event queue instead of racing (capacity counts, free slots). PostgreSQL only: on SQLite the
 * gate already lets one transaction run at a time. The lock never outlives the transaction, and no
 * transaction waits for the network.
 */
export async function lockEvent(manager: EntityManager, eventId: string): Promise<void> {
  if (manager.connection.options.type !== 'postgres') return;
  await manager.query('SELECT 1 FROM "events" WHERE "id" = $1 FOR UPDATE', [eventId]);
}
