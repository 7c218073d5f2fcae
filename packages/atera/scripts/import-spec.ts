import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stripProse } from './strip-prose';

/**
 * Copies Atera's OpenAPI document into the package without its prose (summaries, descriptions,
 * examples): the structure is all the generator needs. Run it when Atera publishes a new revision:
 *   pnpm --filter @psagate/atera run import-spec ../shared/reference/atera-openapi.json
 */
const source = process.argv[2];
if (!source) {
  console.error('usage: import-spec <path to atera-openapi.json>');
  process.exit(2);
}
const spec: unknown = JSON.parse(readFileSync(resolve(source), 'utf8'));
const target = new URL('../spec/atera-v3.openapi.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(stripProse(spec), null, 1)}\n`);
console.log(`wrote ${target.pathname}`);
