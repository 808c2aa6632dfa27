import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation, useRoutes } from 'react-router';

import { createMemoryAppHistory } from './router/app-history';
import { AppRouter } from './router/app-router';
import { usePlainLinks } from './use-plain-links';

function LinkList() {
  const links = usePlainLinks();
  return (
    // Delegation, as the fleet table does it: the anchors inside are what a user clicks and tabs to.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <ul onClick={links.onClick}>
      <li>
        <a href={links.href('/t/abc/connectors/1')} data-to="/t/abc/connectors/1">
          First
        </a>
      </li>
    </ul>
  );
}

function Where() {
  return <p>At {useLocation().pathname}</p>;
}

function Pages() {
  return useRoutes([
    { path: '/fleet', element: <LinkList /> },
    { path: '/t/:tenantId/connectors/:id', element: <Where /> },
  ]);
}

// The app's own router on a memory history, as the app runs under a base path or at the root.
function renderUnder(basename: string) {
  const history = createMemoryAppHistory([`${basename === '/' ? '' : basename}/fleet`]);
  render(
    <AppRouter history={history} basename={basename}>
      <Pages />
    </AppRouter>,
  );
  return { history };
}

it('gives each link its address under the app’s base, and a click navigates inside the app', async () => {
  renderUnder('/ndes-demo');
  const link = screen.getByRole('link', { name: 'First' });
  expect(link).toHaveAttribute('href', '/ndes-demo/t/abc/connectors/1');

  await userEvent.click(link);
  expect(await screen.findByText('At /t/abc/connectors/1')).toBeVisible();
});

it('leaves a click with a modifier key to the browser (a new tab or window)', async () => {
  const { history } = renderUnder('/');
  expect(screen.getByRole('link', { name: 'First' })).toHaveAttribute(
    'href',
    '/t/abc/connectors/1',
  );
  let defaultPrevented: boolean | undefined;
  document.addEventListener('click', (event) => (defaultPrevented = event.defaultPrevented), {
    once: true,
  });

  const user = userEvent.setup();
  await user.keyboard('{Control>}');
  await user.click(screen.getByRole('link', { name: 'First' }));
  await user.keyboard('{/Control}');

  expect(history.current().location.pathname).toBe('/fleet');
  expect(defaultPrevented).toBe(false);
});
