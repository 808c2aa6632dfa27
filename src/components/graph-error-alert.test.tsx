import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { AuthContextProvider } from '@/lib/auth/auth-context';
import { demoAuthClient } from '@/lib/auth/demo-auth-client';
import { GraphError } from '@/lib/graph/graph-error';

import { GraphErrorAlert } from './graph-error-alert';

const ids = {
  requestId: 'req-42',
  clientRequestId: 'client-42',
  date: 'Sat, 28 Nov 2026 12:00:00 GMT',
};
const request = { method: 'PATCH', path: '/deviceManagement/ndesConnectors/42' };

function renderAlert(error: unknown, onRetry?: () => void) {
  const user = userEvent.setup();
  render(
    <AuthContextProvider client={demoAuthClient}>
      <GraphErrorAlert error={error} onRetry={onRetry} />
    </AuthContextProvider>,
  );
  return { user, alert: screen.getByRole('alert') };
}

it('shows the message, what to do, Graph’s words, code and ids, and copies the diagnostics', async () => {
  const error = new GraphError({
    status: 502,
    code: 'BadGateway',
    message: 'Upstream failed',
    ...ids,
    request,
  });
  const { user, alert } = renderAlert(error);

  expect(
    within(alert).getByText('Microsoft Graph had a problem answering. Try again.'),
  ).toBeVisible();
  expect(alert).toHaveTextContent(/may or may not have been applied/);
  expect(alert).toHaveTextContent('Upstream failed');
  expect(alert).toHaveTextContent('Graph code: BadGateway (HTTP 502)');
  expect(alert).toHaveTextContent('request-idreq-42');

  await user.click(within(alert).getByRole('button', { name: 'Copy diagnostics' }));
  expect(within(alert).getByRole('button', { name: 'Diagnostics copied' })).toBeVisible();
  const copied = JSON.parse(await navigator.clipboard.readText()) as Record<string, unknown>;
  expect(copied).toMatchObject({ status: 502, code: 'BadGateway', requestId: 'req-42', request });
});

it('offers Retry for a failure worth retrying', async () => {
  const onRetry = vi.fn();
  const { user, alert } = renderAlert(
    new GraphError({ status: 503, code: 'x', message: 'x', ...ids }),
    onRetry,
  );
  await user.click(within(alert).getByRole('button', { name: 'Retry' }));
  expect(onRetry).toHaveBeenCalledOnce();
});

it('after a 401, signs in again and then retries, instead of a plain Retry', async () => {
  const signIn = vi.spyOn(demoAuthClient, 'signIn');
  const onRetry = vi.fn();
  const { user, alert } = renderAlert(
    new GraphError({ status: 401, code: 'InvalidAuthenticationToken', message: 'expired', ...ids }),
    onRetry,
  );

  expect(within(alert).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  await user.click(within(alert).getByRole('button', { name: 'Sign in again' }));
  expect(signIn).toHaveBeenCalledOnce();
  expect(onRetry).toHaveBeenCalledOnce();
  signIn.mockRestore();
});
