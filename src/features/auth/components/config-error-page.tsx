import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Container from '@mui/material/Container';
import Typography from '@mui/material/Typography';

import type { ConfigProblem } from '@/config/app-config';

/** Names every bad key in /config.json and what it should hold. */
export function ConfigErrorPage({ problems }: { problems: ConfigProblem[] }) {
  return (
    <Container component="main" maxWidth="md" sx={{ py: 6 }}>
      <Typography variant="h1" sx={{ mb: 2 }}>
        The app&apos;s configuration needs fixing
      </Typography>
      <Alert severity="error">
        <AlertTitle>
          /config.json has {problems.length === 1 ? 'a problem' : `${problems.length} problems`}
        </AlertTitle>
        <ul>
          {problems.map((problem) => (
            <li key={`${problem.key}:${problem.expected}`}>
              <code>{problem.key}</code>: expected {problem.expected}.
            </li>
          ))}
        </ul>
        <Typography variant="body2">
          <code>config.example.json</code> documents every key; <code>docs/deploy.md</code> explains
          them.
        </Typography>
      </Alert>
    </Container>
  );
}
