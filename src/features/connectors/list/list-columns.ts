import { fieldList, type Connector, type FieldEntry } from '../model/connector';
import type { SortDirection } from '../model/field-types';

export type { SortDirection };

/** The fields the list shows as columns, in the model's order. */
export const columnFields = fieldList.filter(
  (field): field is FieldEntry & { column: NonNullable<FieldEntry['column']> } =>
    field.column !== undefined,
);

/** The sortable columns, by their URL name; health is the list's own, not a field. */
export const fieldSorts = columnFields.flatMap(({ key, column: { header, sort } }) =>
  sort
    ? [
        {
          param: sort.param,
          header,
          menu: sort.menu,
          compare: (a: Connector, b: Connector) => sort.compare(a[key] as never, b[key] as never),
        },
      ]
    : [],
);
