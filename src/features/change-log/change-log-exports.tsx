import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';

import { notify } from '@/lib/state/notifications';

import type { ChangeEntry } from './change-log';
import { changeLogCsv, changeLogFileName, changeLogJson } from './change-log-export';
import { downloadText } from './download-text';

const FORMATS = {
  CSV: {
    text: (entries: readonly ChangeEntry[], bom: boolean) => changeLogCsv(entries, { bom }),
    extension: 'csv',
    type: 'text/csv;charset=utf-8',
  },
  JSON: {
    text: (entries: readonly ChangeEntry[]) => changeLogJson(entries, new Date()),
    extension: 'json',
    type: 'application/json',
  },
} as const;

/** Copy or download the log as CSV or JSON. */
export function ChangeLogExports({ entries }: { entries: readonly ChangeEntry[] }) {
  const copy = async (format: keyof typeof FORMATS) => {
    try {
      await navigator.clipboard.writeText(FORMATS[format].text(entries, false));
      notify('success', `Copied ${entries.length} changes as ${format}.`);
    } catch {
      notify('warning', `The browser did not allow copying. Download the ${format} file instead.`);
    }
  };
  const download = (format: keyof typeof FORMATS) => {
    const { text, extension, type } = FORMATS[format];
    downloadText(changeLogFileName(extension, new Date()), text(entries, true), type);
  };
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {(Object.keys(FORMATS) as (keyof typeof FORMATS)[]).map((format) => (
        <Stack key={format} direction="row" spacing={1}>
          <Button variant="outlined" onClick={() => download(format)}>
            Download {format}
          </Button>
          <Button onClick={() => void copy(format)}>Copy {format}</Button>
        </Stack>
      ))}
    </Stack>
  );
}
