/** Joins class names, skipping the ones a condition turned off. */
export function cn(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
