import TextField from '@mui/material/TextField';

/**
 * The fleet's search box, uncontrolled: a keystroke renders nothing here (MUI's TextField costs more
 * to render than filtering ten thousand rows) and the text goes up through `onText`. A text set from
 * outside (Back, a pasted link) arrives as a new `key`, which mounts the field again with it.
 */
export function FleetSearchField({
  defaultText,
  onText,
  onBlur,
}: {
  defaultText: string;
  onText: (text: string) => void;
  onBlur: () => void;
}) {
  return (
    <TextField
      size="small"
      label="Search connectors"
      defaultValue={defaultText}
      // Names, machines and versions are not words: the spellchecker would only underline them, and
      // it lays the page out again in idle time after each keystroke (on the 10,000-row fleet at 4x
      // CPU: 4 ms of layout a keystroke, and 4 ms more in the key events themselves).
      slotProps={{ htmlInput: { spellCheck: false } }}
      onChange={(event) => onText(event.target.value)}
      onBlur={onBlur}
      // One bar of filters: the theme makes text fields as wide as the form they are in.
      fullWidth={false}
      sx={{ width: 280, maxWidth: '100%' }}
    />
  );
}
