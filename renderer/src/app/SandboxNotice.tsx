import { useEffect } from 'react';
import { useAccounts } from '../stores/accounts-store';

/** Says plainly when some services run against demo data, so nobody mistakes it for real. */
export function SandboxNotice() {
  const accounts = useAccounts((state) => state.accounts);
  const load = useAccounts((state) => state.load);
  useEffect(() => void load(), [load]);
  const sandboxed = accounts.filter((account) => account.status === 'sandbox').length;
  if (sandboxed === 0) return null;
  return (
    <span title="Connect real accounts in Settings">
      {sandboxed === accounts.length
        ? 'Using the sandbox (demo data)'
        : `${sandboxed} service(s) on the sandbox`}
    </span>
  );
}
