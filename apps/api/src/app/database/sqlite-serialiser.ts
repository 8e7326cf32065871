import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';

type Release = () => void;

/** A FIFO mutex that knows who holds it, so the holder's own statements are never made to wait for itself. */
class Gate {
  holder: object | null = null;
  private tail: Promise<void> = Promise.resolve();

  async acquire(token: object): Promise<Release> {
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => done);
    await previous;
    this.holder = token;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holder = null;
      release();
    };
  }

  async run<T>(token: object, work: () => Promise<T>): Promise<T> {
    const release = await this.acquire(token);
    try {
      return await work();
    } finally {
      release();
    }
  }
}

/**
 * SQLite has one writer, and TypeORM sends every statement of the app down one shared connection
 * (one `QueryRunner` for all), so two transactions at once would interleave: one request's statements
 * would land in the other's transaction, and savepoints would get mixed up.
 *
 * This serialises at the database, not at the request: a transaction holds the gate from `BEGIN` to
 * `COMMIT`/`ROLLBACK`, and a statement outside any transaction waits until no transaction is open, so
 * it never reads uncommitted data nor lands in someone else's transaction. Nothing holds the gate while
 * a request body is read, a file is decoded or mail is sent: transactions contain database work only.
 *
 * The owner of the open transaction is recognised by its async context (for `dataSource.transaction` /
 * `manager.transaction`, so a service that reads through another repository inside the callback does
 * not deadlock) or by its query runner (for the implicit transaction of `repository.save`).
 */
export function serialiseSqliteAccess(dataSource: DataSource): void {
  const gate = new Gate();
  const context = new AsyncLocalStorage<object>();

  const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (mode) => gatedRunner(createQueryRunner(mode), dataSource, gate, context);

  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  manager.transaction = ((...args: unknown[]) => {
    const store = context.getStore();
    if (store && gate.holder === store) return transaction(...args);
    const token = {};
    return gate.run(token, () => context.run(token, () => transaction(...args)));
  }) as EntityManager['transaction'];
}

function gatedRunner(
  shared: QueryRunner,
  dataSource: DataSource,
  gate: Gate,
  context: AsyncLocalStorage<object>,
): QueryRunner {
  /** Set while this runner holds the gate for a transaction it started itself (`repository.save`). */
  let ownToken: object | null = null;
  let release: Release | null = null;
  const owns = () => gate.holder !== null && (gate.holder === ownToken || gate.holder === context.getStore());
  const releaseIfDone = () => {
    if (release && !shared.isTransactionActive) {
      const r = release;
      release = null;
      ownToken = null;
      r();
    }
  };

  let manager: EntityManager | undefined;
  const overrides: Partial<Record<PropertyKey, unknown>> = {
    query: (...args: Parameters<QueryRunner['query']>) =>
      owns() ? shared.query.apply(proxy, args) : gate.run({}, () => shared.query.apply(proxy, args)),
    startTransaction: async (...args: Parameters<QueryRunner['startTransaction']>) => {
      if (!owns()) {
        ownToken = {};
        release = await gate.acquire(ownToken);
      }
      try {
        await shared.startTransaction.apply(proxy, args);
      } catch (error) {
        releaseIfDone();
        throw error;
      }
    },
    commitTransaction: async () => {
      try {
        await shared.commitTransaction.apply(proxy);
      } finally {
        releaseIfDone();
      }
    },
    rollbackTransaction: async () => {
      const outermost = (shared as unknown as { transactionDepth: number }).transactionDepth <= 1;
      try {
        await shared.rollbackTransaction.apply(proxy);
      } finally {
        // Even a failed ROLLBACK ends the transaction for the next caller: never leave the gate closed.
        if (outermost) {
          Object.assign(shared, { isTransactionActive: false, transactionDepth: 0 });
        }
        releaseIfDone();
      }
    },
  };

  // The overrides above use `proxy` only when called, after it exists.
  const proxy: QueryRunner = new Proxy(shared, {
    get(target, property, receiver) {
      if (property === 'manager') return (manager ??= dataSource.createEntityManager(proxy));
      // Someone else's open transaction is not this caller's: `save` must start (and wait for) its own.
      if (property === 'isTransactionActive') return owns() && target.isTransactionActive;
      if (property in overrides) return overrides[property];
      return Reflect.get(target, property, receiver);
    },
  });
  return proxy;
}
