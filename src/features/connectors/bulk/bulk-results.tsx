import Alert from '@mui/material/Alert';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';

import { connectorLabel } from '../model/connector-label';

import { OUTCOME_LABELS, type BulkOutcome, type BulkResult } from './bulk-outcome';

const detail = (outcome: BulkOutcome) =>
  outcome.kind === 'saved'
    ? (outcome.note ?? '')
    : outcome.kind === 'cancelled'
      ? 'Not sent'
      : outcome.reason;

/** A partial failure is never a success: the summary is green only when every connector was saved. */
function summary(results: BulkResult[]) {
  const counts = Object.fromEntries(
    Object.keys(OUTCOME_LABELS).map((kind) => [
      kind,
      results.filter(({ outcome }) => outcome.kind === kind).length,
    ]),
  ) as Record<BulkOutcome['kind'], number>;
  const text = (Object.keys(OUTCOME_LABELS) as BulkOutcome['kind'][])
    .filter((kind) => counts[kind] > 0)
    .map((kind) => `${OUTCOME_LABELS[kind].toLowerCase()}: ${counts[kind]}`)
    .join(', ');
  const allSaved = counts.saved === results.length;
  return {
    severity: allSaved
      ? ('success' as const)
      : counts.saved > 0
        ? ('warning' as const)
        : ('error' as const),
    text,
    allSaved,
  };
}

export function BulkResults({ results }: { results: BulkResult[] }) {
  const { severity, text, allSaved } = summary(results);
  return (
    <>
      <Alert severity={severity} role="status" sx={{ mb: 2 }}>
        {allSaved ? `All ${results.length} done.` : `Not everything was applied. ${text}.`}
      </Alert>
      <Table size="small" aria-label="Results">
        <TableHead>
          <TableRow>
            <TableCell>Connector</TableCell>
            <TableCell>Outcome</TableCell>
            <TableCell>Detail</TableCell>
            <TableCell>request-id</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {results.map(({ item, outcome }) => (
            <TableRow key={item.connector.id}>
              <TableCell component="th" scope="row" sx={{ overflowWrap: 'anywhere' }}>
                {connectorLabel(item.connector)}
              </TableCell>
              <TableCell>{OUTCOME_LABELS[outcome.kind]}</TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>{detail(outcome)}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
                {'requestId' in outcome ? (outcome.requestId ?? '') : ''}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
