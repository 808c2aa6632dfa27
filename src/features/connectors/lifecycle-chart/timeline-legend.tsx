import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { STATUS_LOOKS, type TimelineStatus } from '../lifecycle/status-looks';

import { MarkerIcon } from './timeline-marker';
import { patternId, TimelinePatterns } from './timeline-patterns';

const LEGEND_ID = 'timeline-legend';

/** What each colour, pattern and marker means. */
export function TimelineLegend() {
  return (
    <Stack
      direction="row"
      component="ul"
      aria-label="Legend"
      spacing={2}
      useFlexGap
      sx={{ m: 0, p: 0, listStyle: 'none', flexWrap: 'wrap' }}
    >
      {(Object.keys(STATUS_LOOKS) as TimelineStatus[]).map((status) => (
        <Stack
          key={status}
          component="li"
          direction="row"
          spacing={0.75}
          sx={{ alignItems: 'center' }}
        >
          <svg width={24} height={14} aria-hidden="true">
            <TimelinePatterns chartId={LEGEND_ID} only={status} />
            <rect
              width={24}
              height={14}
              fill={`url(#${patternId(LEGEND_ID, status)})`}
              stroke={STATUS_LOOKS[status].color}
            />
          </svg>
          <MarkerIcon status={status} />
          <Typography variant="body2">{STATUS_LOOKS[status].label}</Typography>
        </Stack>
      ))}
    </Stack>
  );
}
