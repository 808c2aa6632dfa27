import { within } from '@testing-library/react';

import { armDemoSignInFault, clearDemoSignInFault } from '@/lib/auth/demo-sign-in-fault';
import { receivedRequests } from '@/mocks/node';
import { reviewSuffixOnCert01 } from '@/testing/bulk-review';
import { tokensObeySignInFault } from '@/testing/sign-in-fault';

beforeEach(tokensObeySignInFault);
afterEach(clearDemoSignInFault);

describe('a bulk run whose token needs the admin', { timeout: 60_000 }, () => {
  it('pauses with "Sign in again to continue", and after the popup sign-in sends what was left', async () => {
    const { user, dialog } = await reviewSuffixOnCert01();
    // The check before sending gets its token; the $batch's needs the admin.
    armDemoSignInFault(1);
    await user.click(within(dialog).getByRole('button', { name: 'Apply 1 change' }));

    expect(
      await within(dialog).findByRole('heading', { name: 'Sign in again to continue' }),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(/The 1 request not sent yet go after you sign in/),
    ).toBeVisible();
    expect(receivedRequests('POST', '/$batch')).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));

    expect(await within(dialog).findByText('All 1 done.')).toBeInTheDocument();
    expect(receivedRequests('POST', '/$batch')).toHaveLength(1);
  });

  it('leaves by a redirect only after the admin agrees, saying the results are kept', async () => {
    const { user, dialog } = await reviewSuffixOnCert01();
    armDemoSignInFault(1);
    await user.click(within(dialog).getByRole('button', { name: 'Apply 1 change' }));
    await user.click(
      await within(dialog).findByRole('button', { name: 'Sign in with a redirect instead' }),
    );

    expect(within(dialog).getByText(/already in the Changes log/)).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(within(dialog).getByRole('button', { name: 'Sign in' })).toBeEnabled();
    await user.click(
      within(dialog).getByRole('button', { name: 'Stop here (leave 1 request unsent)' }),
    );

    expect(await within(dialog).findByRole('table', { name: 'Results' })).toBeInTheDocument();
    expect(within(dialog).getByText('Cancelled')).toBeInTheDocument();
    expect(receivedRequests('POST', '/$batch')).toHaveLength(0);
  });
});
