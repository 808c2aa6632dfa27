import { screen, within } from '@testing-library/react';
import { http } from 'msw';

import { graphErrorResponse } from '@/mocks/graph/graph-response';
import { mockDb, server } from '@/mocks/node';
import { recordGraphTraffic } from '@/testing/record-requests';
import { renderApp } from '@/testing/render';

const connector = () => {
  const found = mockDb.listConnectors().find((c) => c.displayName === 'PKCS EU');
  if (!found) throw new Error('The seed has no "PKCS EU" connector');
  return found;
};

async function openEditor() {
  const { id } = connector();
  const traffic = recordGraphTraffic();
  const view = renderApp({ route: `/connectors/${id}/edit` });
  const name = await screen.findByRole('textbox', { name: /^Display name/ });
  const save = () => screen.getByRole('button', { name: 'Save' });
  return { ...view, id, traffic, name, save };
}

type Editor = Awaited<ReturnType<typeof openEditor>>;

/** Rename, deactivate and add the "Asia Pacific" tag, then confirm in the review. */
async function editAndSave({ user, name, save }: Editor) {
  await user.clear(name);
  await user.paste('PKI-EU-01 (Frankfurt)');
  await user.click(screen.getByRole('combobox', { name: 'State' }));
  await user.click(await screen.findByRole('option', { name: 'Inactive (inactive)' }));
  await user.type(screen.getByRole('combobox', { name: 'Scope tags' }), 'Asia');
  await user.click(await screen.findByRole('option', { name: /^Asia Pacific/ }));
  await user.click(save());
  const review = await screen.findByRole('dialog', { name: 'Review changes before saving' });
  await user.click(within(review).getByRole('button', { name: 'Confirm and save' }));
}

describe('editing a connector', () => {
  it('offers Save only once something changed, and not after the change is undone', async () => {
    const { user, name, save } = await openEditor();
    expect(save()).toBeDisabled();

    await user.type(name, '!');
    expect(save()).toBeEnabled();

    await user.type(name, '{Backspace}');
    expect(save()).toBeDisabled();
  });

  it.each([
    ['no-content', 204],
    ['entity', 200],
  ] as const)(
    'sends one PATCH with just the changes and shows the saved values (Graph answers %s)',
    async (mode, status) => {
      mockDb.setPatchResponse(mode);
      const editor = await openEditor();

      await editAndSave(editor);

      expect(
        await screen.findByRole('heading', { level: 1, name: 'PKI-EU-01 (Frankfurt)' }),
      ).toBeInTheDocument();
      const patches = editor.traffic.sent('PATCH');
      expect(patches).toHaveLength(1);
      expect(patches[0]?.url.pathname).toBe(`/beta/deviceManagement/ndesConnectors/${editor.id}`);
      expect(JSON.parse((await patches[0]?.body) ?? '')).toStrictEqual({
        '@odata.type': '#microsoft.graph.ndesConnector',
        displayName: 'PKI-EU-01 (Frankfurt)',
        state: 'inactive',
        roleScopeTagIds: ['2', '3'],
      });

      const [answer] = editor.traffic.answered('PATCH');
      expect(answer?.status).toBe(status);
      expect(
        screen.getByText(`Saved: Display name, State, Scope tags (HTTP ${status})`),
      ).toBeInTheDocument();
      expect(
        screen.getByText(answer?.headers.get('request-id') ?? 'no request-id'),
      ).toBeInTheDocument();
      expect(screen.getByText('Inactive')).toBeInTheDocument();
      expect(await screen.findByText('Asia Pacific')).toBeInTheDocument();
      expect(mockDb.getConnector(editor.id)).toMatchObject({
        displayName: 'PKI-EU-01 (Frankfurt)',
        state: 'inactive',
        roleScopeTagIds: ['2', '3'],
      });
    },
  );

  it('asks for a display name and sends nothing when the name is blank', async () => {
    const { user, name, save, traffic } = await openEditor();

    await user.clear(name);
    await user.type(name, '   ');
    await user.click(save());

    expect(await screen.findByText('Enter a display name')).toBeInTheDocument();
    expect(name).toHaveAccessibleDescription('Enter a display name');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(traffic.sent('PATCH')).toHaveLength(0);
  });

  it("shows Graph's 400 with its request-id and keeps what the user typed", async () => {
    server.use(
      http.patch('*/beta/deviceManagement/ndesConnectors/:id', ({ request }) =>
        graphErrorResponse(request, {
          status: 400,
          code: 'BadRequest',
          message: 'The display name is reserved by Intune.',
        }),
      ),
    );
    const editor = await openEditor();

    await editAndSave(editor);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Graph rejected the request.');
    expect(alert).toHaveTextContent('The display name is reserved by Intune.');
    const [answer] = editor.traffic.answered('PATCH');
    expect(alert).toHaveTextContent(answer?.headers.get('request-id') ?? 'no request-id');
    expect(editor.traffic.sent('PATCH')).toHaveLength(1);
    expect(editor.name).toHaveValue('PKI-EU-01 (Frankfurt)');
    expect(screen.getByRole('combobox', { name: 'State' })).toHaveTextContent('Inactive');
    expect(mockDb.getConnector(editor.id)?.displayName).toBe('PKCS EU');
  });
});
