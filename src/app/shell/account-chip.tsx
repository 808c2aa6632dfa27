import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { useAuth } from '@/lib/auth/auth-context';

export function AccountChip() {
  const account = useAuth().getAccount();
  if (!account) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 0 }} aria-label="Signed-in account">
      <AccountCircleIcon aria-hidden />
      <Stack sx={{ minWidth: 0, display: { xs: 'none', sm: 'flex' } }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }} noWrap>
          {account.name}
        </Typography>
        <Typography variant="caption" noWrap>
          {account.username}
        </Typography>
      </Stack>
    </Stack>
  );
}
