import type { ReactNode } from 'react';

interface TableProps {
  /** The screen's own classes beside the table part's (table--plain, table--boxed…). */
  className?: string;
  caption?: ReactNode;
  /** A caption for screen readers only, where a heading above already says it for the eye. */
  captionHidden?: boolean;
  /** The column headings: plain texts, or the header cells themselves where one needs more than a text. */
  columns: ReactNode[] | ReactNode;
  children: ReactNode;
}

/** A table with the one table look: a caption, a row of column headings and the body rows the screen gives. */
export function Table({ className, caption, captionHidden, columns, children }: TableProps) {
  return (
    <table className={className ? `table ${className}` : 'table'}>
      {caption ? <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption> : null}
      <thead>
        <tr>
          {Array.isArray(columns)
            ? columns.map((column, index) => (
                <th key={index} scope="col">
                  {column}
                </th>
              ))
            : columns}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
