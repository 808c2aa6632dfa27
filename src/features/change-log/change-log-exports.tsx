import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';

import { downloadFile } from '@/lib/download-file';
import { notify } from '@/lib/state/notifications';

import type { ChangeEntry } from './change-log';
import {
  changeLogCsv,
  changeLogFileName,
  changeLogJson,
  type TenantOfEntry,
} from './change-log-export';

const FORMATS = {
  CSV: {
    text: (entries: readonly ChangeEntry[], bom: boolean, tenantOf?: TenantOfEntry) =>
      changeLogCsv(entries, { bom, tenantOf }),
    extension: 'csv',
    type: 'text/csv;charset=utf-8',
  },
  JSON: {
    text: (entries: readonly ChangeEntry[]) => changeLogJson(entries, new Date()),
    extension: 'json',
    type: 'application/json',
  },
} as const;

/** Copy or download the log as CSV or JSON; with several tenants, the CSV names each row's tenant. */
export function ChangeLogExports({
  entries,
  tenantOf,
}: {
  entries: readonly ChangeEntry[];
  tenantOf?: TenantOfEntry;
}) {
  const copy = async (format: keyof typeof FORMATS) => {
    try {
      await navigator.clipboard.writeText(FORMATS[format].text(entries, false, tenantOf));
      notify('success', `Copied ${entries.length} changes as ${format}.`);
    } catch {
      notify('warning', `The browser did not allow copying. Download the ${format} file instead.`);
    }
  };
  const download = (format: keyof typeof FORMATS) => {
    const { text, extension, type } = FORMATS[format];
    downloadFile({
      fileName: changeLogFileName(extension, new Date()),
      mimeType: type,
      content: text(entries, true, tenantOf),
    });
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
