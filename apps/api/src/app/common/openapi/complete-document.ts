import type { OpenAPIObject } from '@nestjs/swagger';
import routeTypes from './route-types.json';

type Schema = Record<string, unknown>;
interface OperationTypes {
  body?: Schema;
  response?: Schema | 'binary';
}
type Operation = {
  operationId?: string;
  requestBody?: unknown;
  responses: Record<string, { description?: string; content?: Record<string, { schema: Schema }> }>;
};

/** Files a handler writes itself, by the end of its path. */
const FILE_TYPES: [RegExp, string][] = [
  [/\.pdf$/, 'application/pdf'],
  [/\.csv$/, 'text/csv'],
  [/\.xlsx$/, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  [/./, 'image/*'],
];

/**
 * Nest's OpenAPI module sees routes but not the TypeScript types of bodies and answers. This adds them,
 * from `route-types.json` (written by `npm run openapi` from the same types the code is checked
 * against), so every route documents what it takes and what it answers and a client can be generated.
 */
export function completeDocument(document: OpenAPIObject): OpenAPIObject {
  const types = routeTypes as unknown as {
    schemas: Record<string, Schema>;
    operations: Record<string, OperationTypes>;
  };
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...types.schemas } };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const operation of Object.values(item) as Operation[]) {
      const described = operation.operationId ? types.operations[operation.operationId] : undefined;
      if (!described) continue;
      if (described.body) {
        operation.requestBody = { required: true, content: { 'application/json': { schema: described.body } } };
      }
      // Every success a route documents carries the same answer (e.g. 201 new, 200 existing).
      const codes = Object.keys(operation.responses).filter((c) => c.startsWith('2'));
      for (const code of codes.length > 0 ? codes : ['200']) {
        const response = (operation.responses[code] ??= { description: '' });
        if (described.response === 'binary') {
          const type = FILE_TYPES.find(([pattern]) => pattern.test(path))![1];
          response.content = { [type]: { schema: { type: 'string', format: 'binary' } } };
        } else if (described.response) {
          response.content = { 'application/json': { schema: described.response } };
        }
      }
    }
  }
  return document;
}
