import { readFileSync, writeFileSync } from 'node:fs';
import { generateAteraSources } from './generator/emit-sources';
import type { OpenApiDocument } from './generator/openapi-types';

/** Regenerates `src/generated/` from the vendored spec. Run with `pnpm generate`. */
const specUrl = new URL('../spec/atera-v3.openapi.json', import.meta.url);
const outputDir = new URL('../src/generated/', import.meta.url);
const spec = JSON.parse(readFileSync(specUrl, 'utf8')) as OpenApiDocument;
for (const [file, source] of Object.entries(generateAteraSources(spec))) {
  writeFileSync(new URL(file, outputDir), source);
  console.log(`wrote src/generated/${file}`);
}
