import { fieldList, type Connector, type FieldEntry } from '../model/connector';
import { compareField } from '../model/field-ops';
import type { SortDirection } from '../model/field-types';

export type { SortDirection };

// Per field (distributive), so each keeps its own column type.
type WithColumn<F> = F extends { column?: infer C } ? F & { column: NonNullable<C> } : never;

/** The fields the list shows as columns, in the model's order. */
export const columnFields = fieldList.filter(
  (field): field is WithColumn<FieldEntry> => field.column !== undefined,
);

/** The sortable columns, by their URL name; health is the list's own, not a field. */
export const fieldSorts = columnFields.flatMap(({ key, column: { header, sort } }) =>
  sort
    ? [
        {
          param: sort.param,
          header,
          menu: sort.menu,
          compare: (a: Connector, b: Connector) => compareField(key, a, b),
        },
      ]
    : [],
);
