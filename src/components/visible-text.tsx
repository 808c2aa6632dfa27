import Box from '@mui/material/Box';

import { splitInvisible } from '@/lib/text/invisible-characters';

/**
 * Text exactly as it will be sent, with every invisible or direction-changing character shown as its
 * code point (a boxed `U+202E`), and the whole isolated so a right-to-left run cannot reorder its
 * surroundings.
 */
export function VisibleText({ text }: { text: string }) {
  return (
    <bdi>
      {splitInvisible(text).map((part, index) =>
        'text' in part ? (
          part.text
        ) : (
          <Box
            key={index}
            component="span"
            sx={{
              mx: 0.25,
              px: 0.25,
              border: 1,
              borderColor: 'warning.main',
              borderRadius: 0.5,
              fontFamily: 'monospace',
              fontSize: '0.85em',
              unicodeBidi: 'isolate',
            }}
          >
            {part.codePoint}
          </Box>
        ),
      )}
    </bdi>
  );
}
