/** How a day is named in headings: "Today, Thursday 12 March", "Friday 13 March". */
import { addDays } from '@opale/core';
import { useTranslation } from 'react-i18next';
import { formatWeekdayDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';

export function useDayLabel(today: string): (date: string) => string {
  const { t } = useTranslation('agenda');
  const locale = currentLocale();
  return (date: string) => {
    const day = formatWeekdayDay(date, locale);
    if (date === today) return t('list.day.today', { day });
    if (date === addDays(today, 1)) return t('list.day.tomorrow', { day });
    return day.charAt(0).toLocaleUpperCase(locale) + day.slice(1);
  };
}
