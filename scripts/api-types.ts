// npm run api:types – regenerates lib/api-client/schema.d.ts from the OpenAPI document.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateApiTypes } from '@/lib/api-client/generate-api-types';

const target = path.resolve(import.meta.dirname, '../lib/api-client/schema.d.ts');
await writeFile(target, await generateApiTypes());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
