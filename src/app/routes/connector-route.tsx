import EditIcon from '@mui/icons-material/Edit';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { RequestIds } from '@/components/request-ids';
import { paths } from '@/config/paths';
import { connectorQueries } from '@/features/connectors/api/connector-queries';
import { ConnectorDetails } from '@/features/connectors/components/connector-details';
import { connectorLabel } from '@/features/connectors/connector-label';
import { ConnectorHealthPanel } from '@/features/connectors/health/connector-health-panel';
import { FIELD_LABELS } from '@/features/connectors/review/field-labels';
import type { EditableField } from '@/features/connectors/types';
import { useAccessMode } from '@/lib/auth/access-mode';

import { readSavedState } from './saved-state';

export function ConnectorRoute() {
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { data: connector } = useSuspenseQuery(connectorQueries.detail(id));
  const saved = readSavedState(location.state);
  const { readOnly } = useAccessMode();

  return (
    <>
      <PageHeader
        title={connectorLabel(connector)}
        subtitle={connector.machineName}
        actions={
          <Button
            variant="contained"
            startIcon={<EditIcon />}
            component={RouterLink}
            to={paths.connectorEdit.href(id)}
            disabled={readOnly}
          >
            Edit
          </Button>
        }
      />
      {saved && (
        <Alert
          severity="success"
          sx={{ mb: 2 }}
          onClose={() => void navigate(location.pathname, { replace: true, state: null })}
        >
          <AlertTitle>
            Saved:{' '}
            {saved.fields.map((field) => FIELD_LABELS[field as EditableField] ?? field).join(', ')}{' '}
            (HTTP {saved.status})
          </AlertTitle>
          <RequestIds ids={saved} />
        </Alert>
      )}
      <Stack spacing={2}>
        <ConnectorHealthPanel connector={connector} />
        <Paper variant="outlined" sx={{ p: 2 }}>
          <ConnectorDetails connector={connector} />
        </Paper>
      </Stack>
    </>
  );
}
