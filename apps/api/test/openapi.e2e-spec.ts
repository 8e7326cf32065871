import { readFileSync } from 'node:fs';
import { describeRoutes, ROUTE_TYPES_FILE } from '../openapi/describe-routes';
import { routeTable } from './route-table';
import { createTestApp, TestApp } from './test-app';

type Schema = Record<string, unknown> & { $ref?: string; properties?: object; type?: string; items?: Schema };

describe('the OpenAPI document', () => {
  let t: TestApp;
  let document: {
    paths: Record<
      string,
      Record<
        string,
        {
          operationId: string;
          requestBody?: { content: Record<string, { schema: Schema }> };
          responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
        }
      >
    >;
    components: { schemas: Record<string, Schema> };
  };
  const types = describeRoutes();
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    document = (await (await t.client()).get('/api/docs-json')).body;
  });
  afterAll(() => t.close());

  it('is generated from the current code (run `npm run openapi` after changing a route or a type)', () => {
    expect(JSON.parse(readFileSync(ROUTE_TYPES_FILE, 'utf8'))).toEqual(types);
  });

  it('documents what every route takes and answers, with every reference resolved', () => {
    const resolves = (schema: Schema): boolean =>
      schema.$ref ? !!document.components.schemas[schema.$ref.replace('#/components/schemas/', '')] : true;
    const problems: string[] = [];
    for (const route of routeTable(t.app)) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      const operation = document.paths[path]?.[route.method];
      if (!operation) {
        problems.push(`${route.method} ${path}: missing`);
        continue;
      }
      if (route.body) {
        const schema = operation.requestBody?.content['application/json']?.schema;
        if (!schema || (!schema.$ref && !schema.properties) || !resolves(schema))
          problems.push(`${route.name}: no body schema`);
      }
      const [code, response] = Object.entries(operation.responses).find(([c]) => c.startsWith('2')) ?? [];
      if (!code) {
        problems.push(`${route.name}: no success response`);
        continue;
      }
      const contents = Object.values(response?.content ?? {});
      // Only a handler that answers nothing (void) may leave the content out.
      const answersNothing = types.operations[operation.operationId]?.response === undefined;
      if (contents.length === 0 && !answersNothing) problems.push(`${route.name}: ${code} without a schema`);
      for (const { schema } of contents) {
        const element = schema.type === 'array' && schema.items ? schema.items : schema;
        if (Object.keys(element).length === 0 || !resolves(element))
          problems.push(`${route.name}: empty or broken schema`);
      }
    }
    expect(problems).toEqual([]);
    for (const [name, schema] of Object.entries(document.components.schemas)) {
      expect([name, schema.type ?? schema.$ref]).toEqual([name, expect.anything()]);
    }
  });

  it('describes the contract’s types field by field', () => {
    const application = document.components.schemas['ApplicationDto'] as {
      properties: Record<string, Schema>;
      required: string[];
    };
    expect(application.properties['status']).toMatchObject({
      type: 'string',
      enum: expect.arrayContaining(['draft', 'accepted']),
    });
    expect(application.properties['contactEmailVerified']).toEqual({ type: 'boolean' });
    expect(application.required).toContain('id');
    const get = document.paths['/api/applications/{id}']['get'];
    expect(get.responses['200'].content?.['application/json'].schema).toEqual({
      $ref: '#/components/schemas/ApplicationDto',
    });
    // Starting an application answers a new draft (201) or the one the applicant has (200), both the same shape.
    const start = document.paths['/api/events/{eventId}/applications']['post'];
    for (const code of ['200', '201']) {
      expect(start.responses[code].content?.['application/json'].schema).toEqual({
        $ref: '#/components/schemas/ApplicationDto',
      });
    }
    const pdf = document.paths['/api/events/{eventId}/floor-plan.pdf']['get'];
    expect(Object.keys(pdf.responses['200'].content ?? {})).toEqual(['application/pdf']);
  });
});
