import { Fragment } from 'react';

import { Stack } from '@/components/ui/stack';
import { Card, CardContent } from '@/components/ui/surface';
import { Typography } from '@/components/ui/typography';

import { FieldValue } from '../detail/field-value';
import { HealthChip } from '../health/health-chip';
import { HealthReasons } from '../health/health-reasons';
import { SUPPORT_COLUMN } from '../health/support-column';
import type { ConnectorHealth } from '../health/use-connector-health';
import type { Connector } from '../model/connector';
import type { CardPlace } from '../model/field-types';

import { columnFields } from './list-columns';
import { SelectConnectorCheckbox } from './selection-checkbox';
import type { Selection } from './use-selection';

type ConnectorCardsProps = {
  connectors: Connector[];
  health: Map<string, ConnectorHealth>;
  selection: Selection;
};

const placed = (place: CardPlace) => columnFields.filter(({ column }) => column.card === place);
const [title, line, badges, footer] = [
  placed('title'),
  placed('line'),
  placed('badge'),
  placed('footer'),
];

/** The list on a phone or small tablet: one card per connector instead of a seven-column table. */
export function ConnectorCards({ connectors, health, selection }: ConnectorCardsProps) {
  const values = (fields: typeof columnFields, connector: Connector) =>
    fields.map((field) => (
      <FieldValue
        key={field.key}
        field={field}
        connector={connector}
        place="card"
        blank={field.column.cardBlank}
      />
    ));
  return (
    <Stack
      component="ul"
      spacing={1.5}
      aria-label="NDES connectors"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {connectors.map((connector) => {
        const verdict = health.get(connector.id);
        return (
          <Card key={connector.id} component="li" variant="outlined">
            <CardContent>
              <Stack spacing={1}>
                <Stack direction="row" align="center">
                  <SelectConnectorCheckbox connector={connector} selection={selection} />
                  <Typography
                    variant="subtitle1"
                    component="div"
                    style={{ fontWeight: 600, overflowWrap: 'anywhere' }}
                  >
                    {values(title, connector)}
                  </Typography>
                </Stack>
                <Typography variant="body2" style={{ overflowWrap: 'anywhere' }}>
                  {values(line, connector).map((value, index) => (
                    <Fragment key={value.key}>
                      {index > 0 && ' · '}
                      {value}
                    </Fragment>
                  ))}
                </Typography>
                <Stack direction="row" spacing={1}>
                  {verdict && <HealthChip level={verdict.level} />}
                  {values(badges, connector)}
                </Stack>
                {verdict && <HealthReasons health={verdict} />}
                {verdict && (
                  <Typography variant="caption">
                    {SUPPORT_COLUMN.header}: {SUPPORT_COLUMN.text(verdict)}
                  </Typography>
                )}
                {values(footer, connector)}
              </Stack>
            </CardContent>
          </Card>
        );
      })}
    </Stack>
  );
}
