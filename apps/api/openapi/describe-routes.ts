import { join } from 'node:path';
import * as ts from 'typescript';

/** A JSON schema as OpenAPI 3.0 takes it. */
export type Schema = Record<string, unknown>;

/** What one handler takes and answers, read from its TypeScript types. */
export interface OperationTypes {
  /** The `@Body()` parameter's type. */
  body?: Schema;
  /** JSON answer; `binary` for files written to the response; absent for no content. */
  response?: Schema | 'binary';
}

export interface RouteTypes {
  /** Named types, referenced as `#/components/schemas/<name>`. */
  schemas: Record<string, Schema>;
  /** By `<Controller>_<method>`, the operation id Nest's OpenAPI module gives. */
  operations: Record<string, OperationTypes>;
}

const API_ROOT = join(__dirname, '..');
const HTTP_DECORATORS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete']);

function decoratorName(decorator: ts.Decorator): string {
  const call = decorator.expression;
  const callee = ts.isCallExpression(call) ? call.expression : call;
  return ts.isIdentifier(callee) ? callee.text : '';
}

function decorators(node: ts.Node): readonly ts.Decorator[] {
  return (ts.canHaveDecorators(node) && ts.getDecorators(node)) || [];
}

function decoratorNames(node: ts.Node): string[] {
  return decorators(node).map(decoratorName);
}

/**
 * Reads every controller of the API with the TypeScript compiler and describes the request body and the
 * answer of each handler as JSON schemas, from the same types the code is checked against (the contract in
 * `libs/shared`, the DTO classes). The OpenAPI document is completed with this, so that a client can be
 * generated from `/api/docs-json`; `npm run openapi` writes it, and a test checks it is current.
 */
export function describeRoutes(): RouteTypes {
  const configFile = join(API_ROOT, 'tsconfig.app.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configFile,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${configFile}`);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const checker = program.getTypeChecker();
  const schemas: Record<string, Schema> = {};
  const operations: Record<string, OperationTypes> = {};

  const named = (type: ts.Type): string | undefined => {
    const symbol = type.aliasSymbol ?? type.getSymbol();
    if (!symbol || type.aliasTypeArguments?.length) return undefined;
    const declaration = symbol.declarations?.[0];
    if (!declaration) return undefined;
    const file = declaration.getSourceFile().fileName;
    if (file.includes('node_modules')) return undefined;
    const isNamed =
      ts.isInterfaceDeclaration(declaration) ||
      ts.isClassDeclaration(declaration) ||
      ts.isTypeAliasDeclaration(declaration);
    return isNamed && symbol.name !== '__type' ? symbol.name : undefined;
  };

  const toSchema = (type: ts.Type, seen: Set<ts.Type> = new Set()): Schema => {
    if (type.flags & ts.TypeFlags.Any || type.flags & ts.TypeFlags.Unknown) return {};
    if (type.flags & ts.TypeFlags.StringLike && !type.isStringLiteral()) return { type: 'string' };
    if (type.flags & ts.TypeFlags.NumberLike && !type.isNumberLiteral()) return { type: 'number' };
    if (type.flags & ts.TypeFlags.BooleanLike && !(type.flags & ts.TypeFlags.BooleanLiteral))
      return { type: 'boolean' };
    if (type.isStringLiteral()) return { type: 'string', enum: [type.value] };
    if (type.isNumberLiteral()) return { type: 'number', enum: [type.value] };
    if (type.flags & ts.TypeFlags.BooleanLiteral) return { type: 'boolean' };
    if (type.isUnion()) {
      const parts = type.types.filter((t) => !(t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
      const nullable = parts.length < type.types.length;
      let schema: Schema;
      if (parts.every((t) => t.isStringLiteral())) {
        schema = { type: 'string', enum: parts.map((t) => (t as ts.StringLiteralType).value) };
      } else if (parts.every((t) => t.isNumberLiteral())) {
        schema = { type: 'number', enum: parts.map((t) => (t as ts.NumberLiteralType).value) };
      } else if (parts.every((t) => t.flags & ts.TypeFlags.BooleanLike)) {
        schema = { type: 'boolean' };
      } else {
        schema = parts.length === 1 ? toSchema(parts[0], seen) : { oneOf: parts.map((t) => toSchema(t, seen)) };
      }
      return nullable ? { ...schema, nullable: true } : schema;
    }
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      const [element] = checker.getTypeArguments(type as ts.TypeReference);
      return { type: 'array', items: element ? toSchema(element, seen) : {} };
    }
    const symbolName = type.getSymbol()?.name;
    if (symbolName === 'Date') return { type: 'string', format: 'date-time' };
    if (symbolName === 'Buffer' || symbolName === 'Uint8Array') return { type: 'string', format: 'binary' };
    const name = named(type);
    if (name) {
      if (!schemas[name] && !seen.has(type)) {
        schemas[name] = {};
        schemas[name] = objectSchema(type, new Set([...seen, type]));
      }
      return { $ref: `#/components/schemas/${name}` };
    }
    return objectSchema(type, seen);
  };

  const objectSchema = (type: ts.Type, seen: Set<ts.Type>): Schema => {
    const index = type.getStringIndexType();
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const property of checker.getPropertiesOfType(type)) {
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      if (!declaration || ts.isMethodDeclaration(declaration) || ts.isGetAccessor(declaration)) continue;
      const propertyType = checker.getTypeOfSymbolAtLocation(property, declaration);
      if (propertyType.getCallSignatures().length > 0) continue;
      properties[property.name] = toSchema(propertyType, seen);
      if (!(property.flags & ts.SymbolFlags.Optional)) required.push(property.name);
    }
    return {
      type: 'object',
      properties,
      ...(required.length > 0 && { required }),
      ...(index && { additionalProperties: toSchema(index, seen) }),
    };
  };

  for (const file of program.getSourceFiles()) {
    if (!file.fileName.endsWith('.controller.ts') || file.fileName.includes('node_modules')) continue;
    ts.forEachChild(file, (node) => {
      if (!ts.isClassDeclaration(node) || !node.name || !decoratorNames(node).includes('Controller')) return;
      for (const member of node.members) {
        if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name)) continue;
        if (!decoratorNames(member).some((d) => HTTP_DECORATORS.has(d))) continue;
        const operation: OperationTypes = {};
        const bodyParameter = member.parameters.find((p) => decoratorNames(p).includes('Body'));
        if (bodyParameter) operation.body = toSchema(checker.getTypeAtLocation(bodyParameter));
        // `@Res()` means the handler writes a file itself; `@Res({ passthrough: true })` still answers with its value.
        const res = member.parameters.flatMap((p) => decorators(p)).find((d) => decoratorName(d) === 'Res');
        const writesItself = res !== undefined && !res.getText().includes('passthrough');
        const signature = checker.getSignatureFromDeclaration(member);
        const returned = signature && checker.getAwaitedType(checker.getReturnTypeOfSignature(signature));
        if (writesItself) operation.response = 'binary';
        else if (returned && !(returned.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined))) {
          operation.response = toSchema(returned);
        }
        operations[`${node.name.text}_${member.name.text}`] = operation;
      }
    });
  }
  return { schemas: sortKeys(schemas), operations: sortKeys(operations) };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

/** Where the generated description lives, next to the code that reads it. */
export const ROUTE_TYPES_FILE = join(API_ROOT, 'src/app/common/openapi/route-types.json');
