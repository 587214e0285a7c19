import { guideLanguageOf, type GuideLanguageCode } from '@opale/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A guide language's name in the interface's language ("Kurde (sorani)"), and its label for
 * lists: its own name first, as people on the move know it ("کوردیی ناوەندی — Kurde (sorani)").
 */
export function useLanguageNames() {
  const { t } = useTranslation();
  return useMemo(() => {
    const nameOf = (code: GuideLanguageCode) => t(`guide.languageNames.${code}`);
    const labelOf = (code: GuideLanguageCode) => {
      const ownName = guideLanguageOf(code)?.ownName ?? code;
      const name = nameOf(code);
      return ownName === name ? name : `${ownName} — ${name}`;
    };
    return { nameOf, labelOf };
  }, [t]);
}
