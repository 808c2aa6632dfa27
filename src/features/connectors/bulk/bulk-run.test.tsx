import { within } from '@testing-library/react';

import { changeLog } from '@/features/change-log/change-log';
import { mockDb } from '@/mocks/node';
import { CERT01, reviewSuffixOnCert01 } from '@/testing/bulk-review';
import { recordGraphTraffic } from '@/testing/record-requests';

const PATH = '/deviceManagement/ndesConnectors';

/** The next list read answers with a maintenance page instead of JSON. */
const breakNextListRead = () => mockDb.faults.arm({ method: 'GET', path: PATH, kind: 'html-body' });

describe('a failed check before a bulk Apply', { timeout: 60_000 }, () => {
  it('sends nothing, and Back returns to the same review, which then applies', async () => {
    const { user, dialog } = await reviewSuffixOnCert01();
    breakNextListRead();
    const traffic = recordGraphTraffic();
    await user.click(within(dialog).getByRole('button', { name: 'Apply 1 change' }));

    expect(await within(dialog).findByText(/nothing was sent/)).toBeInTheDocument();
    expect(traffic.requests.map(({ method }) => method)).toEqual(['GET']);
    await user.click(within(dialog).getByRole('button', { name: 'Back to the review' }));

    const preview = within(dialog).getByRole('table', { name: 'Preview of the changes' });
    expect(within(preview).getByText(`${CERT01} (EU)`)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Apply 1 change' }));
    expect(await within(dialog).findByText('All 1 done.')).toBeInTheDocument();
    expect(traffic.requests.filter(({ method }) => method === 'POST')).toHaveLength(1);
  });

  it('after Retry failed, Back returns to the results it retried', async () => {
    const { user, dialog } = await reviewSuffixOnCert01();
    mockDb.faults.arm({ scope: 'batch', method: 'PATCH', path: `${PATH}/:id`, kind: 'http-500' });
    await user.click(within(dialog).getByRole('button', { name: 'Apply 1 change' }));
    const retry = await within(dialog).findByRole('button', { name: 'Retry failed (1)' });
    mockDb.faults.arm({ method: 'GET', path: PATH, kind: 'html-body', count: 5 });
    await user.click(retry);
    expect(await within(dialog).findByText(/nothing was sent/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Back to the results' }));

    const results = within(dialog).getByRole('table', { name: 'Results' });
    expect(within(results).getByText('Failed')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Retry failed (1)' })).toBeInTheDocument();
  });
});

const KEPT = `Graph accepted the change, but Display name still reads ${CERT01}. Intune may manage this field itself.`;

it('shows a bulk write Graph accepted but did not apply as "Not applied", from the one read after the run', async () => {
  const { user, dialog } = await reviewSuffixOnCert01();
  mockDb.faults.arm({
    scope: 'batch',
    method: 'PATCH',
    path: `${PATH}/:id`,
    kind: 'accept-ignore',
  });
  const traffic = recordGraphTraffic();
  await user.click(within(dialog).getByRole('button', { name: 'Apply 1 change' }));

  const results = await within(dialog).findByRole('table', { name: 'Results' });
  expect(within(dialog).getByRole('status')).toHaveTextContent(
    'Not everything was applied. not applied: 1.',
  );
  const row = within(results).getByRole('row', { name: new RegExp(CERT01) });
  expect(within(row).getByText('Not applied')).toBeInTheDocument();
  expect(within(row).getByText(KEPT)).toBeInTheDocument();
  expect(changeLog.get().at(-1)).toMatchObject({ outcome: 'not applied', detail: KEPT });
  expect(traffic.requests.map(({ method }) => method)).toEqual(['GET', 'POST', 'GET']);
}, 60_000);

it('shows a bulk write throttled through every retry as "Not applied (throttled)" in the results, the summary and the Changes log', async () => {
  const { user, dialog } = await reviewSuffixOnCert01();
  mockDb.faults.arm({
    scope: 'batch',
    method: 'PATCH',
    path: `${PATH}/:id`,
    kind: 'http-429',
    count: 3,
    retryAfter: { seconds: 0, format: 'seconds' },
  });
  await user.click(within(dialog).getByRole('button', { name: 'Apply 1 change' }));

  const results = await within(dialog).findByRole('table', { name: 'Results' });
  expect(within(dialog).getByRole('status')).toHaveTextContent(
    'Not everything was applied. not applied (throttled): 1.',
  );
  const row = within(results).getByRole('row', { name: new RegExp(CERT01) });
  expect(within(row).getByText('Not applied (throttled)')).toBeInTheDocument();
  expect(changeLog.get().at(-1)).toMatchObject({
    outcome: 'not applied (throttled)',
    detail: 'Graph throttled it 3 times; it was not processed.',
  });
  expect(within(dialog).getByRole('button', { name: 'Retry failed (1)' })).toBeInTheDocument();
}, 60_000);
