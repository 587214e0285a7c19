/**
 * Icons of the distribution screens, apart from ./icons so that they download with those screens
 * and not with the first page. Decorative only.
 */
import type { SVGProps } from 'react';
import { Icon } from './icons';

export const CheckIcon = (p: SVGProps<SVGSVGElement>) => (
  <Icon {...p}>
    <path d="m5 12.5 4.5 4.5L19 7.5" />
  </Icon>
);

export const CrossIcon = (p: SVGProps<SVGSVGElement>) => (
  <Icon {...p}>
    <path d="M6 6l12 12M18 6 6 18" />
  </Icon>
);

export const ClockIcon = (p: SVGProps<SVGSVGElement>) => (
  <Icon {...p}>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 7.5V12h4" />
  </Icon>
);

export const ChevronLeftIcon = (p: SVGProps<SVGSVGElement>) => (
  <Icon {...p}>
    <path d="m15 5-7 7 7 7" />
  </Icon>
);

export const ChevronRightIcon = (p: SVGProps<SVGSVGElement>) => (
  <Icon {...p}>
    <path d="m9 5 7 7-7 7" />
  </Icon>
);

export const FilterIcon = (p: SVGProps<SVGSVGElement>) => (
  <Icon {...p}>
    <path d="M3.5 5h17l-6.5 8v6l-4-2v-4L3.5 5Z" />
  </Icon>
);

/** Two bars crossing: two organisations at the same place and time. */
export const OverlapIcon = (p: SVGProps<SVGSVGElement>) => (
  <Icon {...p}>
    <rect x="3" y="5" width="11" height="9" rx="1.5" />
    <rect x="10" y="10" width="11" height="9" rx="1.5" />
  </Icon>
);

/** An empty slot with a dashed outline: nothing is held there. */
export const GapIcon = (p: SVGProps<SVGSVGElement>) => (
  <Icon {...p}>
    <rect x="4" y="4" width="16" height="16" rx="2" strokeDasharray="3 3" />
    <path d="M12 8v5M12 16h0" strokeWidth="2.5" />
  </Icon>
);
