import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import { useState } from 'react';

import type { DemoControls } from '../model/demo-controls';

/** Intune usually answers a PATCH with 204; its docs show 200 with the entity. The app handles both. */
export function PatchResponseSwitch({ demo }: { demo: DemoControls }) {
  const [entity, setEntity] = useState(() => demo.patchResponse() === 'entity');
  return (
    <FormControlLabel
      control={
        <Switch
          checked={entity}
          onChange={(event) => {
            demo.setPatchResponse(event.target.checked ? 'entity' : 'no-content');
            setEntity(event.target.checked);
          }}
        />
      }
      label="Answer a save with 200 and the connector (off: 204 No Content, as Intune usually does)"
    />
  );
}
