import { Alert, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Container } from '@/components/ui/surface';

import type { RenderRoot } from './render-root';

/** In place of the app when starting it failed (MSAL, the configuration or a page's code): never a blank page. */
export function StartFailed({ error }: { error: unknown }) {
  return (
    <Container maxWidth="md" style={{ paddingTop: 32 }}>
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => window.location.reload()}>
            Reload
          </Button>
        }
      >
        <AlertTitle>The app could not start.</AlertTitle>
        {error instanceof Error ? error.message : String(error)}
      </Alert>
    </Container>
  );
}

/** Runs a start function; a failure is shown instead of leaving the page blank. */
export function startOrExplain(
  start: (render: RenderRoot) => Promise<unknown>,
  render: RenderRoot,
) {
  return start(render).catch((error: unknown) => render(<StartFailed error={error} />));
}
