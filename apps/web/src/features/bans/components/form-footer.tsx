import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/message';
import { useDescribeError } from '@/lib/use-describe-error';

export interface FormFooterProps {
  submitLabel: string;
  pending: boolean;
  /** The server's refusal of the last attempt, if any. */
  error: unknown;
  onCancel: () => void;
}

/** The end of each ban form: the server's refusal, then Cancel and the submit button. */
export function FormFooter({ submitLabel, pending, error, onCancel }: FormFooterProps) {
  const { t: tc } = useTranslation();
  const describeError = useDescribeError();
  return (
    <>
      <ErrorMessage>{error ? describeError(error) : null}</ErrorMessage>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel}>
          {tc('common.cancel')}
        </Button>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {submitLabel}
        </Button>
      </div>
    </>
  );
}
