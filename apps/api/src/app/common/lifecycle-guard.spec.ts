import * as path from 'node:path';
import * as ts from 'typescript';

/**
 * The lifecycle table of `@markt/shared` is the only place transitions are written, and
 * `ApplicationLifecycle` the only code that writes an application's status. This test reads the API's source
 * with the type checker and fails on any other write of an `ApplicationStatus` into an application.
 *
 * Not scanned: specs, migrations (schema, not rows) and `seed/`, which writes the demo's fixtures straight
 * into an empty database — the 2025 conference is already decided and over, so its states could not be
 * reached through the transitions (their deadlines have passed); they are data, not anyone's action.
 */
const API_ROOT = path.resolve(__dirname, '../../..');
const THE_WRITER = path.join(API_ROOT, 'src/app/applications/application-lifecycle.service.ts');
const NOT_SCANNED = [/\.spec\.ts$/, /\/src\/migrations\//, /\/src\/app\/seed\//];

/** Calls that write what they are given (for `update`, `upsert` and the like: from the second argument on). */
const WRITES = new Set(['save', 'insert', 'create', 'update', 'upsert', 'set', 'merge', 'preload', 'assign', 'values']);
const CRITERIA_FIRST = new Set(['update']);
const RAW_STATUS_WRITE = /update\s+"?applications"?\b[\s\S]*\bset\b[\s\S]*\bstatus"?\s*=/i;

export interface StatusWrite {
  file: string;
  line: number;
  text: string;
}

function mentionsApplicationStatus(checker: ts.TypeChecker, type: ts.Type | undefined): boolean {
  if (!type) return false;
  const types = type.isUnionOrIntersection() ? type.types : [type];
  return types.some((t) => {
    const declaration = (t.getSymbol() ?? t.aliasSymbol)?.declarations?.[0];
    const enumDeclaration = declaration && ts.isEnumMember(declaration) ? declaration.parent : declaration;
    const isStatus =
      !!enumDeclaration && ts.isEnumDeclaration(enumDeclaration) && enumDeclaration.name.text === 'ApplicationStatus';
    return isStatus || (t !== type && mentionsApplicationStatus(checker, t));
  });
}

/** The object an application's fields are written from: a partial Application (not a find filter, not a DTO). */
function isApplicationShape(checker: ts.TypeChecker, object: ts.ObjectLiteralExpression): boolean {
  const type = checker.getContextualType(object);
  const name = type ? checker.typeToString(type) : '';
  return /\bApplication\b/.test(name) && !/FindOptions|FindOperator/.test(name);
}

/** Whether `node` is (inside) a value handed to a writing call, not its criteria nor a find filter. */
function isWrittenValue(node: ts.Node): boolean {
  let child: ts.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isPropertyAssignment(parent) && parent.name.getText() === 'where') return false;
    if (ts.isCallExpression(parent) && parent.arguments.includes(child as ts.Expression)) {
      const callee = parent.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      // Other calls (a map, a transaction) may hand their result on to a write further out.
      if (WRITES.has(name))
        return !(CRITERIA_FIRST.has(name) && parent.arguments.indexOf(child as ts.Expression) === 0);
    }
  }
  return false;
}

/** Every write of an application's status in `source`. */
export function statusWrites(checker: ts.TypeChecker, source: ts.SourceFile): StatusWrite[] {
  const found: StatusWrite[] = [];
  const report = (node: ts.Node) =>
    found.push({
      file: source.fileName,
      line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text: node.getText().replace(/\s+/g, ' ').slice(0, 120),
    });
  const visit = (node: ts.Node): void => {
    if (
      (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) &&
      node.name.getText().replace(/['"]/g, '') === 'status' &&
      ts.isObjectLiteralExpression(node.parent)
    ) {
      const value = ts.isPropertyAssignment(node) ? node.initializer : node.name;
      const statusValue =
        mentionsApplicationStatus(checker, checker.getTypeAtLocation(value)) ||
        mentionsApplicationStatus(checker, checker.getContextualType(value));
      if ((statusValue && isWrittenValue(node.parent)) || isApplicationShape(checker, node.parent)) report(node);
    }
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      node.left.name.text === 'status' &&
      mentionsApplicationStatus(checker, checker.getTypeAtLocation(node.left))
    ) {
      report(node);
    }
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && RAW_STATUS_WRITE.test(node.text)) {
      report(node);
    }
    if (ts.isTemplateExpression(node) && RAW_STATUS_WRITE.test(node.getText())) report(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A program of the API's source plus, optionally, one extra file that exists only in memory. */
function program(extra?: { fileName: string; text: string }): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(API_ROOT, 'tsconfig.app.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  ) as ts.ParsedCommandLine;
  const host = ts.createCompilerHost(config.options);
  if (extra) {
    const { getSourceFile, fileExists, readFile } = host;
    host.getSourceFile = (name, ...rest) =>
      name === extra.fileName
        ? ts.createSourceFile(name, extra.text, config.options.target ?? ts.ScriptTarget.ES2022, true)
        : getSourceFile.call(host, name, ...rest);
    host.fileExists = (name) => name === extra.fileName || fileExists.call(host, name);
    host.readFile = (name) => (name === extra.fileName ? extra.text : readFile.call(host, name));
  }
  // A sample brings in only what it imports.
  return ts.createProgram({ rootNames: extra ? [extra.fileName] : config.fileNames, options: config.options, host });
}

/** Writes the scanner must find: a few ways a service could move an application past the table. */
const FORBIDDEN = `
import { ApplicationStatus } from '@markt/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Application } from '../applications/application.entity';

export async function sneakyWrites(manager: EntityManager, dataSource: DataSource, app: Application, to: ApplicationStatus) {
  await manager.getRepository(Application).update({ id: app.id }, { status: ApplicationStatus.Accepted });
  await manager.getRepository(Application).update(app.id, { decidedAt: new Date(), status: to });
  app.status = ApplicationStatus.Confirmed;
  await manager.getRepository(Application).save({ ...app, status: 'rejected' as ApplicationStatus });
  await dataSource.createQueryBuilder().update(Application).set({ status: to }).where('id = :id', { id: app.id }).execute();
  const changes: Partial<Application> = { status: ApplicationStatus.Withdrawn };
  await manager.getRepository(Application).update(app.id, changes);
  const status = ApplicationStatus.Waitlisted;
  await manager.getRepository(Application).update(app.id, { status });
  await manager.query('UPDATE "applications" SET "status" = $1 WHERE id = $2', ['accepted', app.id]);
  await manager.getRepository(Application).save([app].map((a) => ({ ...a, status: to })));
}
`;
const FORBIDDEN_LINES = [7, 8, 9, 10, 11, 12, 15, 16, 17];

/** Reads and unrelated writes that must pass. */
const ALLOWED = `
import { ApplicationStatus, ApplicationDto, OutboxStatus } from '@markt/shared';
import { EntityManager, In, Not } from 'typeorm';
import { Application } from '../applications/application.entity';

export async function harmless(manager: EntityManager, app: Application): Promise<Partial<ApplicationDto>> {
  const repo = manager.getRepository(Application);
  await repo.findBy({ eventId: app.eventId, status: ApplicationStatus.Accepted });
  await repo.find({ where: { status: Not(ApplicationStatus.Draft) } });
  await repo.count({ where: { status: In([ApplicationStatus.Accepted]) } });
  await repo.update({ id: app.id, status: app.status }, { decisionMessage: 'Danke' });
  await manager.getRepository('outbox_messages').update({ id: '1' }, { status: OutboxStatus.Sent });
  const unchanged = app.status === ApplicationStatus.Draft;
  return { status: unchanged ? app.status : ApplicationStatus.Submitted };
}
`;

describe('the application lifecycle guard', () => {
  const sampleDir = path.join(API_ROOT, 'src/app/common');
  let checked: ts.Program;

  beforeAll(() => {
    checked = program();
  }, 120_000);

  it('finds no status write outside ApplicationLifecycle in the API source', () => {
    const checker = checked.getTypeChecker();
    const scanned = checked
      .getSourceFiles()
      .filter((f) => f.fileName.startsWith(path.join(API_ROOT, 'src')) && !NOT_SCANNED.some((p) => p.test(f.fileName)));
    expect(scanned.length).toBeGreaterThan(100);
    const outside = scanned.filter((f) => f.fileName !== THE_WRITER).flatMap((f) => statusWrites(checker, f));
    expect(outside).toEqual([]);
    // The writer itself is seen by the same scanner: otherwise it would prove nothing.
    const own = statusWrites(checker, checked.getSourceFile(THE_WRITER) as ts.SourceFile);
    expect(own.length).toBeGreaterThanOrEqual(2);
    // So is the seed's fixture data, which is why it is left out on purpose.
    const seed = checked.getSourceFiles().filter((f) => f.fileName.includes('/src/app/seed/'));
    expect(seed.flatMap((f) => statusWrites(checker, f)).length).toBeGreaterThan(0);
  });

  it.each([
    ['forbidden', FORBIDDEN, FORBIDDEN_LINES],
    ['allowed', ALLOWED, []],
  ])(
    'sees every %s write of a sample file as the test expects',
    (kind, text, lines) => {
      const fileName = path.join(sampleDir, `lifecycle-guard-sample-${kind}.ts`);
      const withSample = program({ fileName, text: text as string });
      const found = statusWrites(withSample.getTypeChecker(), withSample.getSourceFile(fileName) as ts.SourceFile);
      expect(found.map((w) => w.line)).toEqual(lines);
    },
    120_000,
  );
});
