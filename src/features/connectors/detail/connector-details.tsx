import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

import { fieldList, type Connector } from '../model/connector';

import { FieldValue } from './field-value';

/** Every property Graph returns for the connector, labelled as Intune names them. */
export function ConnectorDetails({ connector }: { connector: Connector }) {
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: '200px 1fr' },
        rowGap: 1.5,
        columnGap: 2,
        m: 0,
      }}
    >
      {fieldList.map((field) => (
        <Box key={field.key} sx={{ display: 'contents' }}>
          <Typography component="dt" sx={{ fontWeight: 600 }}>
            {field.label}
          </Typography>
          <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
            <FieldValue field={field} connector={connector} place="detail" />
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
