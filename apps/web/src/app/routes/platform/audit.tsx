import { AuditScreen } from '@/features/audit/components/audit-screen';
import { AdminOnly } from './admin-only';

export function Component() {
  return <AdminOnly>{(platform) => <AuditScreen platform={platform} />}</AdminOnly>;
}
