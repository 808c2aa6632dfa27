import { Alert, AlertTitle } from '@/components/ui/alert';
import { Container } from '@/components/ui/surface';
import { Typography } from '@/components/ui/typography';
import type { ConfigProblem } from '@/config/app-config';

/** Names every bad key in /config.json and what it should hold. */
export function ConfigErrorPage({ problems }: { problems: ConfigProblem[] }) {
  return (
    <Container component="main" maxWidth="md" style={{ paddingTop: 48, paddingBottom: 48 }}>
      <Typography variant="h1" style={{ marginBottom: 16 }}>
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
