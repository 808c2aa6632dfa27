import EditIcon from '@mui/icons-material/Edit';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { connectorQueries } from '@/features/connectors/api/connector-queries';
import { ConnectorDetails } from '@/features/connectors/components/connector-details';
import { connectorLabel } from '@/features/connectors/connector-label';
import { ConnectorHealthPanel } from '@/features/connectors/health/connector-health-panel';
import { useAccessMode } from '@/lib/auth/access-mode';

import { SaveOutcomeAlert } from './save-outcome-alert';
import { readSavedState } from './saved-state';

export function ConnectorRoute() {
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { data: connector } = useSuspenseQuery(connectorQueries.detail(id));
  const [saved, setSaved] = useState(() => readSavedState(location.state));
  // The outcome belongs to this visit only: cleared from history, a reload or Back does not show it again.
  useEffect(() => {
    if (location.state === null) return;
    const { pathname, search, hash } = location;
    void navigate({ pathname, search, hash }, { replace: true, state: null });
  }, [location, navigate]);
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
      {saved && <SaveOutcomeAlert saved={saved} onClose={() => setSaved(null)} />}
      <Stack spacing={2}>
        <ConnectorHealthPanel connector={connector} />
        <Paper variant="outlined" sx={{ p: 2 }}>
          <ConnectorDetails connector={connector} />
        </Paper>
      </Stack>
    </>
  );
}
