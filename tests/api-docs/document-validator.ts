// Checks real answers against the OpenAPI document: the status must be one the operation
// documents, and a JSON body must validate (Ajv, JSON Schema 2020-12, formats on) against the
// schema documented for that status. Shared by the tests of tests/api-docs.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { buildOpenApiDocument } from '@/lib/api-docs/build-openapi-document';
import { openApiPath } from '@/lib/api-docs/operation';

const DOC_ID = 'https://shoebox.invalid/openapi.json';
export const document = buildOpenApiDocument('test') as unknown as {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
};

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...document, $id: DOC_ID });

const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/** Why the answer disagrees with the document, or null when it agrees. */
export function disagreement(method: string, route: string, status: number, contentType: string | null, body: unknown): string | null {
  const apiPath = openApiPath(route);
  const operation = document.paths[apiPath]?.[method.toLowerCase()];
  if (!operation) return `${method} ${apiPath} is not in the document`;
  const response = operation.responses[String(status)];
  if (!response) return `${method} ${apiPath} answered ${status}, which the document does not list (${Object.keys(operation.responses).join(', ')})`;
  if (!contentType?.startsWith('application/json')) return response.content?.[contentType?.split(';')[0] ?? ''] || !response.content ? null : `${method} ${apiPath} ${status}: ${contentType} is not documented`;
  if (!response.content?.['application/json']) return `${method} ${apiPath} ${status}: JSON is not documented`;
  const validate = ajv.getSchema(`${DOC_ID}#/${pointer('paths', apiPath, method.toLowerCase(), 'responses', String(status), 'content', 'application/json', 'schema')}`);
  if (!validate) return 'the schema could not be compiled';
  return validate(body) ? null : `${method} ${apiPath} ${status}: ${ajv.errorsText(validate.errors, { separator: '\n' })}`;
}
