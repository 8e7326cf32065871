import { writeFileSync } from 'node:fs';
import { describeRoutes, ROUTE_TYPES_FILE } from './describe-routes';

// `npm run openapi`: writes the request and answer types of every route for the OpenAPI document.
writeFileSync(ROUTE_TYPES_FILE, `${JSON.stringify(describeRoutes(), null, 2)}\n`);
console.log(`written: ${ROUTE_TYPES_FILE}`);
