type UnsavedChangesListProps = { unsaved: readonly string[] };

/** What would be lost, one line per open editor, for the sign-out and idle dialogs. */
export function UnsavedChangesList({ unsaved }: UnsavedChangesListProps) {
  if (unsaved.length === 0) return null;
  return (
    <ul>
      {unsaved.map((description) => (
        <li key={description}>{description}</li>
      ))}
    </ul>
  );
}
