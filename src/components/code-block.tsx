import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { CopyButton } from '@/components/copy-button';
import { VisibleText } from '@/components/visible-text';

type CodeBlockProps = { title: string; code: string; copyLabel: string };

export function CodeBlock({ title, code, copyLabel }: CodeBlockProps) {
  return (
    <Box>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="subtitle2" component="h3">
          {title}
        </Typography>
        <CopyButton value={code} label={copyLabel} />
      </Stack>
      <Box
        component="pre"
        tabIndex={0}
        aria-label={title}
        sx={{
          m: 0,
          p: 1.5,
          bgcolor: 'action.hover',
          borderRadius: 1,
          overflowX: 'auto',
          fontSize: '0.8125rem',
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-all',
        }}
      >
        <VisibleText text={code} />
      </Box>
    </Box>
  );
}
