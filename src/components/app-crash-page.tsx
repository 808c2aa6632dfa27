import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';

/** The last line of defence: the shell itself failed to render, so offer a reload instead of a blank page. */
export function AppCrashPage({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Container maxWidth="sm" sx={{ py: 6 }}>
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
