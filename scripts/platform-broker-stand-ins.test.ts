import { readFileSync } from 'node:fs';
import path from 'node:path';

import * as client from '../src/lib/auth/platform-broker/excluded-platform-auth-client';
import * as provider from '../src/lib/auth/platform-broker/excluded-platform-auth-provider';
import { withoutPlatformBroker } from '../vite.config';

const MSAL = path.resolve(__dirname, '../node_modules/@azure/msal-browser');
// The MSAL release whose StandardController, Authorize, PopupClient, RedirectClient, SilentIframeClient
// and SilentRequestHelpers were read to check that, with `allowPlatformBroker` off, MSAL never gets a
// platform broker, so never builds a PlatformAuthInteractionClient. Re-read them on every upgrade.
const CHECKED_WITH = '5.30.0';

const msalFile = (file: string) => readFileSync(path.join(MSAL, 'dist', file), 'utf8');
/** The names a built MSAL module exports: `export { a, b as c };` → a, c. */
const exportedNames = (source: string) =>
  [...source.matchAll(/^export \{([^}]*)\};?$/gm)]
    .flatMap(([, names = '']) => names.split(','))
    .map(
      (name) =>
        name
          .trim()
          .split(/\s+as\s+/)
          .at(-1) ?? '',
    )
    .filter(Boolean)
    .sort();

const STAND_INS = [
  { file: 'interaction_client/PlatformAuthInteractionClient.mjs', standIn: client },
  { file: 'broker/nativeBroker/PlatformAuthProvider.mjs', standIn: provider },
];

test('the stand-ins were checked against the installed MSAL release', () => {
  const { version } = JSON.parse(readFileSync(path.join(MSAL, 'package.json'), 'utf8')) as {
    version: string;
  };
  expect(version, 'MSAL changed: re-read the modules named above, then update CHECKED_WITH').toBe(
    CHECKED_WITH,
  );
});

test.each(STAND_INS)(
  '$file is replaced by a stand-in with the same exports',
  ({ file, standIn }) => {
    const importer = `/x/node_modules/@azure/msal-browser/dist/${file}`;
    expect(withoutPlatformBroker.filter(({ find }) => find.test(importer))).toHaveLength(1);
    const ours = Object.keys(standIn).filter((name) => name !== 'PLATFORM_BROKER_EXCLUDED');
    expect(ours.sort()).toEqual(exportedNames(msalFile(file)));
  },
);

test('MSAL creates a platform broker only when allowPlatformBroker is on', () => {
  const controller = msalFile('controllers/StandardController.mjs');
  const call = controller.indexOf('await getPlatformAuthProvider(');
  expect(call).toBeGreaterThan(0);
  const guard = controller.lastIndexOf('if (', call);
  expect(controller.slice(guard, controller.indexOf(')', guard) + 1)).toBe(
    'if (allowPlatformBroker)',
  );
});

test('the stand-ins say no, and refuse loudly if the broker is ever switched on', async () => {
  expect(provider.isPlatformAuthAllowed({ system: { allowPlatformBroker: false } })).toBe(false);
  expect(() => provider.isPlatformAuthAllowed({ system: { allowPlatformBroker: true } })).toThrow(
    /leaves out MSAL's platform broker/,
  );
  await expect(provider.getPlatformAuthProvider()).rejects.toThrow(/platform broker/);
  await expect(provider.isPlatformBrokerAvailable()).resolves.toBe(false);
  expect(() => client.PlatformAuthInteractionClient()).toThrow(/platform broker/);
});
