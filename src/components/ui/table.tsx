import { clsx } from 'clsx';
import type { HTMLAttributes, TableHTMLAttributes, TdHTMLAttributes } from 'react';

import { ArrowDownwardIcon } from './icons';
import './table.css';

/** MUI's small Table, scrolling sideways in its container when the page is narrower. */
export function Table({ className, ...props }: TableHTMLAttributes<HTMLTableElement>) {
  return (
    <div className="ui-table-container">
      <table className={clsx('ui-table', className)} {...props} />
    </div>
  );
}

type Direction = 'asc' | 'desc';

type TableCellProps = TdHTMLAttributes<HTMLTableCellElement> & {
  head?: boolean;
  checkbox?: boolean;
  /** The column's sort, for a header cell: screen readers hear it as `aria-sort`. */
  sortDirection?: Direction | false;
};

export function TableCell({
  head = false,
  checkbox = false,
  sortDirection = false,
  className,
  ...props
}: TableCellProps) {
  const Cell = head ? 'th' : 'td';
  const sort = sortDirection ? { 'aria-sort': ARIA_SORT[sortDirection] } : {};
  return (
    <Cell
      scope={head ? 'col' : undefined}
      className={clsx(
        'ui-cell',
        head && 'ui-cell--head',
        checkbox && 'ui-cell--checkbox',
        className,
      )}
      {...sort}
      {...props}
    />
  );
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

export function TableRow({ className, ...props }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={clsx('ui-row', className)} {...props} />;
}

type SortLabelProps = {
  active: boolean;
  direction: Direction;
  onClick: () => void;
  children: string;
};

/** MUI's TableSortLabel: the header as a button, with an arrow that shows the active direction. */
export function TableSortLabel({ active, direction, onClick, children }: SortLabelProps) {
  return (
    <button
      type="button"
      className={clsx('ui-sort', active && 'ui-sort--active', `ui-sort--${direction}`)}
      onClick={onClick}
    >
      {children}
      <ArrowDownwardIcon className="ui-sort__icon" />
    </button>
  );
}
