/**
 * How each state looks in the history: a colour, a texture that reads without colour (solid,
 * stripes, cross-hatch, bars, dots), an icon and a word. The shapes of the icons are those of the
 * capacity board's (a tick, a half circle, a cross, pause bars), so both screens read alike.
 */
import type { HistoryState } from '@opale/core';
import type { ComponentType, ReactNode, SVGProps } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '@/components/ui/icons';
import { cn } from '@/lib/cn';

export const historyStates = [
  'open',
  'limited',
  'full',
  'closed',
  'unconfirmed',
] as const satisfies readonly HistoryState[];

const OpenIcon = (p: SVGProps<SVGSVGElement>) => (
  <Icon {...p}>
    <circle cx="12" cy="12" r="9" />
    <path d="m8 12.5 2.5 2.5L16 9.5" />
  </Icon>
);

const LimitedIcon = (p: SVGProps<SVGSVGElement>) => (
  <Icon {...p}>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 3a9 9 0 0 0 0 18Z" fill="currentColor" />
  </Icon>
);

const FullIcon = (p: SVGProps<SVGSVGElement>) => (
  <Icon {...p}>
    <circle cx="12" cy="12" r="9" />
    <path d="m8.5 8.5 7 7M15.5 8.5l-7 7" />
  </Icon>
);

const ClosedIcon = (p: SVGProps<SVGSVGElement>) => (
  <Icon {...p}>
    <circle cx="12" cy="12" r="9" />
    <path d="M10 8.5v7M14 8.5v7" />
  </Icon>
);

const UnconfirmedIcon = (p: SVGProps<SVGSVGElement>) => (
  <Icon {...p}>
    <circle cx="12" cy="12" r="9" strokeDasharray="3 3" />
    <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5v.7M12 17h0" />
  </Icon>
);

interface StateLook {
  Icon: ComponentType<SVGProps<SVGSVGElement>>;
  /** The text's colour beside the icon. */
  text: string;
  /** The texture: a background and the marks drawn over it. */
  fill: string;
  marks: string;
}

export const stateLooks: Record<HistoryState, StateLook> = {
  open: { Icon: OpenIcon, text: 'text-green-800', fill: '#15803d', marks: '#15803d' },
  limited: { Icon: LimitedIcon, text: 'text-amber-900', fill: '#fcd34d', marks: '#92400e' },
  full: { Icon: FullIcon, text: 'text-red-800', fill: '#b91c1c', marks: '#fecaca' },
  closed: { Icon: ClosedIcon, text: 'text-slate-800', fill: '#475569', marks: '#e2e8f0' },
  unconfirmed: { Icon: UnconfirmedIcon, text: 'text-slate-700', fill: '#ffffff', marks: '#64748b' },
};

/** Pattern ids must be valid in `url(#…)`; React's ids hold colons. */
export function patternPrefix(reactId: string): string {
  return `history-${reactId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

export function patternFill(prefix: string, state: HistoryState): string {
  return `url(#${prefix}-${state})`;
}

/**
 * The textures, once per screen in an SVG of no size (not `display: none`, which stops some
 * browsers from painting patterns); charts and swatches refer to them by id.
 */
export function StatePatterns({ prefix }: { prefix: string }) {
  const tile = (state: HistoryState, marks: ReactNode) => (
    <pattern
      key={state}
      id={`${prefix}-${state}`}
      width="8"
      height="8"
      patternUnits="userSpaceOnUse"
    >
      <rect width="8" height="8" fill={stateLooks[state].fill} />
      {marks}
    </pattern>
  );
  return (
    <svg width="0" height="0" className="absolute" aria-hidden="true" focusable="false">
      <defs>
        {tile('open', null)}
        {tile(
          'limited',
          <path d="M-2 2l4-4M0 8l8-8M6 10l4-4" stroke={stateLooks.limited.marks} strokeWidth="2" />,
        )}
        {tile(
          'full',
          <path d="M0 0l8 8M8 0l-8 8" stroke={stateLooks.full.marks} strokeWidth="1.5" />,
        )}
        {tile('closed', <path d="M0 4h8" stroke={stateLooks.closed.marks} strokeWidth="2" />)}
        {tile('unconfirmed', <circle cx="4" cy="4" r="1.2" fill={stateLooks.unconfirmed.marks} />)}
      </defs>
    </svg>
  );
}

/** A small square of a state's texture, for the key and the lists. */
export function StateSwatch({ state, prefix }: { state: HistoryState; prefix: string }) {
  return (
    <svg viewBox="0 0 16 16" className="size-4 shrink-0" aria-hidden="true" focusable="false">
      <rect
        x="0.5"
        y="0.5"
        width="15"
        height="15"
        fill={patternFill(prefix, state)}
        stroke="#334155"
      />
    </svg>
  );
}

/** A state in words, with its icon: never colour alone. */
export function StateLabel({ state, className }: { state: HistoryState; className?: string }) {
  const { t } = useTranslation('capacity');
  const { Icon: StateIcon, text } = stateLooks[state];
  return (
    <span className={cn('inline-flex items-center gap-1.5 font-semibold', text, className)}>
      <StateIcon className="size-5 shrink-0" />
      {t(`history.states.${state}`)}
    </span>
  );
}
