import { Link } from 'react-router';

export function Brand() {
  return (
    <Link
      to="/"
      className="inline-flex min-h-11 items-center gap-2 rounded-lg pr-2 text-lg font-bold tracking-tight text-white"
    >
      <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" fill="#0b2826" />
        <circle cx="16" cy="16" r="8" fill="none" stroke="#9fe3d6" strokeWidth="4" />
      </svg>
      Opale
    </Link>
  );
}
