import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';

import { useAuth } from '@/lib/auth/auth-context';

import { isUsedUp, type FaultControls } from '../model/faults';

import { faultSummary, targetLabel } from './fault-labels';

/** What is armed, and how much of each fault requests have used up. */
export function ArmedFaultList({ faults }: { faults: FaultControls }) {
  const armed = faults.use();
  const { tenants } = useAuth();
  const tenantName = (tenantId: string) =>
    tenants.find((tenant) => tenant.tenantId === tenantId)?.name ?? tenantId;
  return (
    <Stack spacing={1}>
      <Typography component="h3" variant="h6">
        Armed faults
      </Typography>
      {armed.length === 0 ? (
        <Typography variant="body2">No faults armed: the mock Graph answers normally.</Typography>
      ) : (
        <Table size="small" aria-label="Armed faults">
          <TableHead>
            <TableRow>
              <TableCell>Target</TableCell>
              <TableCell>Fault</TableCell>
              <TableCell>Requests hit</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {armed.map((fault) => (
              <TableRow key={fault.id}>
                <TableCell>
                  {targetLabel(fault)}
                  {fault.tenantId ? ` in ${tenantName(fault.tenantId)}` : ''}
                </TableCell>
                <TableCell>{faultSummary(fault)}</TableCell>
                <TableCell>
                  {fault.hits} of {fault.count}
                  {isUsedUp(fault) ? ' (used up)' : ''}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <div>
        <Button onClick={faults.clear} disabled={armed.length === 0}>
          Disarm all faults
        </Button>
      </div>
    </Stack>
  );
}
