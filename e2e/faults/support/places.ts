import { expect, type Locator, type Page } from '@playwright/test';

import { FAULT_TARGETS } from '../../../src/features/demo/fault-lab/fault-targets';
import type { ArmedFault, FaultSpec } from '../../../src/features/demo/model/faults';

import type { Place, Recovery } from './matrix';
import { armFault, armFaultBeforeLoad, clearRequestLog } from './mock-graph';
import { CERT01, NEW_NAME } from './seed';
import { formValues, submitEdit } from './submit-edit';

export type PlaceDriver = {
  target: { method: 'GET' | 'PATCH' | 'DELETE'; path: string };
  /** Arms the fault at a moment no request it could strike is in flight, and clears the request log. */
  arm: (page: Page, spec: FaultSpec) => Promise<ArmedFault>;
  /** Makes the app send the request the fault strikes; for the save, returns the form as typed. */
  strike: (page: Page) => Promise<string[] | null>;
  errorShown: (page: Page, message: string) => Locator;
  /** Whether the place shows Graph's words and ids with its error, or only the headline. */
  showsDetails: boolean;
  /** The place works again; `recovery` says how it got there, when that shows. */
  expectWorking: (page: Page, recovery?: Recovery) => Promise<void>;
  /** After the error: what must still work (the shell's navigation, the rest of the form). */
  expectUsableAfterError: (page: Page) => Promise<void>;
  expectBusy: ((page: Page) => Promise<void>) | null;
  tryAgain: (page: Page, shown: Locator, recovery: Recovery) => Promise<void>;
};

const alertWith = (page: Page, message: string) =>
  page.getByRole('alert').filter({ hasText: message });

const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true });

const editUrl = `/connectors/${CERT01.id}/edit`;

const formScopeTag = (page: Page) =>
  page.getByRole('form', { name: 'Edit connector' }).getByText(CERT01.scopeTag, { exact: true });

/** The edit page, loaded and settled; the save's PATCH can only go out once the user submits. */
export async function openEditPage(page: Page) {
  await page.goto(editUrl);
  await expect(formScopeTag(page)).toBeVisible();
}

const retryOrSignIn = async (_page: Page, shown: Locator, recovery: Recovery) => {
  const name = recovery === 'sign in again' ? 'Sign in again' : 'Retry';
  await shown.getByRole('button', { name }).click();
};

const pageSkeleton = async (page: Page) => {
  await expect(page.getByLabel('Loading', { exact: true })).toBeVisible();
};

const navigationWorks = async (page: Page) => {
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Connectors' }),
  ).toBeVisible();
};

export const PLACES: Record<Place, PlaceDriver> = {
  list: {
    target: FAULT_TARGETS.list,
    arm: armFaultBeforeLoad,
    strike: async (page) => {
      await page.goto('/connectors');
      return null;
    },
    errorShown: alertWith,
    showsDetails: true,
    expectWorking: async (page) => {
      await expect(page.getByRole('link', { name: CERT01.name, exact: true })).toBeVisible();
    },
    expectUsableAfterError: navigationWorks,
    expectBusy: pageSkeleton,
    tryAgain: retryOrSignIn,
  },
  detail: {
    target: FAULT_TARGETS.detail,
    arm: armFaultBeforeLoad,
    strike: async (page) => {
      await page.goto(`/connectors/${CERT01.id}`);
      return null;
    },
    errorShown: alertWith,
    showsDetails: true,
    expectWorking: async (page) => {
      await expect(heading(page, CERT01.name)).toBeVisible();
    },
    expectUsableAfterError: navigationWorks,
    expectBusy: pageSkeleton,
    tryAgain: retryOrSignIn,
  },
  'scope tags': {
    target: FAULT_TARGETS.scopeTags,
    arm: armFaultBeforeLoad,
    strike: async (page) => {
      await page.goto(editUrl);
      await expect(heading(page, `Edit ${CERT01.name}`)).toBeVisible();
      return null;
    },
    // The lookup is a small read inside the form: its failure sits under the field, the form stays.
    errorShown: (page, message) =>
      alertWith(page, 'Scope tag names could not be loaded').filter({ hasText: message }),
    showsDetails: true,
    expectWorking: async (page) => {
      await expect(formScopeTag(page)).toBeVisible();
    },
    expectUsableAfterError: async (page) => {
      await navigationWorks(page);
      // Without names, tags can still be typed by id and the rest of the form edited.
      await expect(page.getByRole('combobox', { name: 'Scope tags' })).toBeEnabled();
      await expect(page.getByRole('textbox', { name: 'Display name' })).toBeEditable();
    },
    expectBusy: null,
    tryAgain: async (_page, shown, recovery) => {
      const name = recovery === 'sign in again' ? 'Sign in again' : 'Retry loading scope tags';
      await shown.getByRole('button', { name }).click();
    },
  },
  save: {
    target: FAULT_TARGETS.save,
    arm: async (page, spec) => {
      await openEditPage(page);
      const fault = await armFault(page, spec);
      await clearRequestLog(page);
      return fault;
    },
    strike: async (page) => {
      await page.getByRole('textbox', { name: 'Display name' }).fill(NEW_NAME);
      const typed = await formValues(page);
      await submitEdit(page);
      return typed;
    },
    errorShown: alertWith,
    showsDetails: true,
    expectWorking: async (page, recovery) => {
      const saved = page.getByRole('alert').filter({ hasText: /^Saved\b/ });
      await expect(saved).toBeVisible();
      if (recovery === 'found applied') await expect(saved).toContainText('(already applied)');
      else await expect(saved).toContainText(/\(HTTP 20[04]\)/);
      await expect(heading(page, NEW_NAME)).toBeVisible();
    },
    expectUsableAfterError: navigationWorks,
    expectBusy: async (page) => {
      const saving = page.getByRole('button', { name: 'Saving…' }).first();
      await expect(saving).toBeVisible();
      // A second click cannot send a second PATCH while the first is under way.
      await expect(saving).toBeDisabled();
    },
    tryAgain: async (page, shown, recovery) => {
      if (recovery === 'send again' || recovery === 'found applied') {
        await shown.getByRole('button', { name: 'Send again' }).click();
        return;
      }
      if (recovery === 'sign in again')
        await shown.getByRole('button', { name: 'Sign in again' }).click();
      await submitEdit(page);
    },
  },
};
