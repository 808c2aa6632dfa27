import { Table, TableCell, TableRow } from '@/components/ui/table';
import { VisibleText } from '@/components/visible-text';

import type { AuditProperty } from './audit-event';

/** Each modified property, old → new, with invisible and bidi characters shown as code points. */
export function PropertyChanges({ properties }: { properties: readonly AuditProperty[] }) {
  return (
    <Table aria-label="Changed properties">
      <thead>
        <TableRow>
          <TableCell head>Property</TableCell>
          <TableCell head>Old value</TableCell>
          <TableCell head>New value</TableCell>
        </TableRow>
      </thead>
      <tbody>
        {properties.map((property, index) => (
          <TableRow key={`${property.displayName ?? ''}-${index}`}>
            <TableCell>
              <VisibleText text={property.displayName ?? ''} />
            </TableCell>
            <TableCell>
              <VisibleText text={property.oldValue ?? ''} />
            </TableCell>
            <TableCell>
              <VisibleText text={property.newValue ?? ''} />
            </TableCell>
          </TableRow>
        ))}
      </tbody>
    </Table>
  );
}
