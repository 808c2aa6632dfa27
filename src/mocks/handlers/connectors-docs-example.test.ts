import exampleRequest from '@/testing/fixtures/graph-docs-example/update-request.json?raw';
import exampleResponse from '@/testing/fixtures/graph-docs-example/update-response.json?raw';

import { mockDb } from '../node';

// Microsoft's "Update ndesConnector" (beta) docs example, byte for byte (graph-contract/examples).
const COLLECTION = 'https://graph.microsoft.com/beta/deviceManagement/ndesConnectors';
const sent = JSON.parse(exampleRequest) as Record<string, unknown>;
const values = Object.fromEntries(Object.entries(sent).filter(([key]) => key !== '@odata.type'));

async function patchWithExample(id: string) {
  return fetch(`${COLLECTION}/${id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: exampleRequest,
  });
}

describe("the mock Graph and Microsoft's docs example", () => {
  it('accepts the example request, and a GET then returns exactly its values', async () => {
    const id = mockDb.listConnectors()[1]?.id ?? '';

    const response = await patchWithExample(id);
    expect(response.status).toBe(204);

    const read = await fetch(`${COLLECTION}/${id}`);
    const text = await read.text();
    expect(JSON.parse(text)).toMatchObject({ ...values, id });
    // The 7 fractional digits and the -08:00 offset survive as sent, not normalised to UTC.
    expect(text).toContain('"lastConnectionDateTime":"2016-12-31T23:58:36.6670033-08:00"');
    expect(text).toContain('"enrolledDateTime":"2016-12-31T23:59:43.797191-08:00"');
  });

  it('answers the example with the same body as the docs page when asked for the entity', async () => {
    const id = mockDb.listConnectors()[0]?.id ?? '';
    mockDb.setPatchResponse('entity');

    const response = await patchWithExample(id);

    expect(response.status).toBe(200);
    const documented = JSON.parse(exampleResponse) as Record<string, unknown>;
    expect(await response.json()).toMatchObject({ ...documented, id });
  });
});
