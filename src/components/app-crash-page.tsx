import { Alert, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Container } from '@/components/ui/surface';

/** The last line of defence: the shell itself failed to render, so offer a reload instead of a blank page. */
export function AppCrashPage({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Container maxWidth="sm" style={{ paddingTop: 48, paddingBottom: 48 }}>
      <Alert
        severity="error"
        action={
          <Button color="inherit" onClick={() => window.location.reload()}>
            Reload
          </Button>
        }
      >
        <AlertTitle>The app stopped working.</AlertTitle>
        Reload the page to start again. Details: {message}
      </Alert>
    </Container>
  );
}
