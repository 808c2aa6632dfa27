import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';

import type { ConnectorFormInput, ConnectorFormValues, formInputs } from './form-values';

type ReportedFieldsProps = {
  fields: typeof formInputs;
  form: UseFormReturn<ConnectorFormInput, unknown, ConnectorFormValues>;
  children: ReactNode;
};

/**
 * The fields the connector reports itself, collapsed: they stay editable, but the connector writes
 * them again at its next check-in. Opens by itself when one of them holds an error, so it is seen.
 */
export function ReportedFields({ fields, form, children }: ReportedFieldsProps) {
  const [expanded, setExpanded] = useState(false);
  const { errors } = form.formState;
  const open = expanded || fields.some(({ key }) => errors[key]);
  const labels = fields.map(({ label }) => label.toLocaleLowerCase());
  return (
    <Accordion
      expanded={open}
      onChange={(_event, next) => setExpanded(next)}
      variant="outlined"
      disableGutters
      // MUI wraps the summary in an h3; the edit page's sections are h2s under its h1.
      slotProps={{ heading: { component: 'h2' } }}
    >
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        id="reported-fields-header"
        aria-controls="reported-fields-content"
      >
        <Typography component="span">Advanced: values the connector reports</Typography>
      </AccordionSummary>
      <AccordionDetails id="reported-fields-content">
        <Stack spacing={2.5}>
          <Alert severity="info">
            The connector reports its {labels.slice(0, -1).join(', ')} and {labels.at(-1)} itself,
            and overwrites them at its next check-in. Change them only to correct a value until
            then.
          </Alert>
          {children}
        </Stack>
      </AccordionDetails>
    </Accordion>
  );
}
