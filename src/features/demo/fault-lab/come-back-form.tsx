import TextField from '@mui/material/TextField';
import { useState } from 'react';

import { notify } from '@/lib/state/notifications';

import type { FaultControls } from '../model/faults';

import { ArmOneForm } from './arm-one-form';

/** Any connector read: the list (a bulk check) or one connector (the single delete's check). */
export const ANY_CONNECTOR_READ = '/deviceManagement/ndesConnectors/*';

/** Arms "comes back online" for one connector: open a delete dialog, then press Delete to see it. */
export function ComeBackForm({ faults }: { faults: FaultControls }) {
  const [id, setId] = useState('');
  const arm = () => {
    const target = id.trim();
    if (!target) return;
    faults.arm({ method: 'GET', path: ANY_CONNECTOR_READ, kind: 'comes-back', target });
    notify('info', `Armed: the next connector read finds ${target} connected just now`);
  };
  return (
    <ArmOneForm
      title="Comes back while a dialog is open"
      name="Bring a connector back online"
      onArm={arm}
      field={
        <TextField
          label="Connector id"
          helperText="The id in the connector page’s address. The next connector read finds it Active, connected just now."
          value={id}
          onChange={(event) => setId(event.target.value)}
          autoComplete="off"
          size="small"
          sx={{ flex: 1 }}
        />
      }
    />
  );
}
