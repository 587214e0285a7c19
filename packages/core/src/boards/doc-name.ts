/**
 * Live document names: `agenda:<platform>`, `schedule:<platform>`, `capacity:<platform>` and
 * `agenda:<platform>:group:<group>` (DESIGN.md §3). Parsed on the server at upgrade and built by
 * the client, from this one place.
 */
export const boardKinds = ['agenda', 'schedule', 'capacity'] as const;
export type BoardKind = (typeof boardKinds)[number];

export type DocName =
  | { board: BoardKind; platform: string; group: null }
  | { board: 'agenda'; platform: string; group: string };

const slug = '[a-z][a-z0-9-]{1,31}';
const groupId = '[A-Za-z0-9_-]{1,64}';
const pattern = new RegExp(`^(agenda|schedule|capacity):(${slug})(?::group:(${groupId}))?$`);

export function parseDocName(name: string): DocName | null {
  const match = pattern.exec(name);
  if (!match) return null;
  const [, board, platform, group] = match as unknown as [string, BoardKind, string, string?];
  if (group !== undefined) return board === 'agenda' ? { board, platform, group } : null;
  return { board, platform, group: null };
}

export function docNameOf(doc: DocName): string {
  return doc.group === null
    ? `${doc.board}:${doc.platform}`
    : `agenda:${doc.platform}:group:${doc.group}`;
}
