import { describe, expect, it } from 'vitest';
import {
  addableOrganisations,
  groupRoster,
  joiningPreview,
  openInvitations,
  sortGroupsForViewer,
  type ListedGroup,
  type PlatformOrganisation,
} from './group-view';

function organisation(
  id: string,
  name: string,
  flags: Partial<Pick<PlatformOrganisation, 'stateMandated' | 'publiclyFunded'>> = {},
): PlatformOrganisation {
  return {
    id,
    name,
    shortName: name.slice(0, 3),
    stateMandated: false,
    publiclyFunded: false,
    ...flags,
  };
}

const utopia = organisation('o-utopia', 'Utopia 56');
const auberge = organisation('o-auberge', 'L’Auberge des migrants');
const secours = organisation('o-secours', 'Secours catholique', { publiclyFunded: true });
const vie = organisation('o-vie', 'La Vie active', { stateMandated: true, publiclyFunded: true });
const organisations = [utopia, auberge, secours, vie];

function group(
  name: string,
  myOrganisationStatus: ListedGroup['myOrganisationStatus'],
  links: ListedGroup['organisations'] = [],
): ListedGroup {
  return {
    id: `g-${name}`,
    name,
    kind: 'coalition',
    organisations: links,
    myOrganisationStatus,
  };
}

describe('the order of groups', () => {
  it('puts the viewer’s groups first, then those it is invited to, then the others', () => {
    const groups = [
      group('Alpha', null),
      group('Zeta', 'member'),
      group('Beta', 'invited'),
      group('Gamma', 'member'),
    ];
    expect(sortGroupsForViewer(groups, 'fr').map((g) => g.name)).toEqual([
      'Gamma',
      'Zeta',
      'Beta',
      'Alpha',
    ]);
  });

  it('sorts names as people read them: accents and case do not push a group to the end', () => {
    const groups = [group('zèbre', null), group('Éducation', null), group('abri', null)];
    expect(sortGroupsForViewer(groups, 'fr').map((g) => g.name)).toEqual([
      'abri',
      'Éducation',
      'zèbre',
    ]);
  });

  it('leaves the list it was given untouched', () => {
    const groups = [group('B', null), group('A', 'member')];
    sortGroupsForViewer(groups, 'en');
    expect(groups.map((g) => g.name)).toEqual(['B', 'A']);
  });

  it('lists only the open invitations of the viewer’s organisation', () => {
    const groups = [
      group('Plaidoyer frontière', 'invited'),
      group('Coalition eau', 'member'),
      group('Hiver', null),
      group('Accès aux droits', 'invited'),
    ];
    expect(openInvitations(groups, 'fr').map((g) => g.name)).toEqual([
      'Accès aux droits',
      'Plaidoyer frontière',
    ]);
  });
});

describe('who is in a group', () => {
  it('separates member organisations from invited ones, each by name', () => {
    const roster = groupRoster(
      {
        organisations: [
          { organisationId: utopia.id, status: 'member' },
          { organisationId: vie.id, status: 'invited' },
          { organisationId: auberge.id, status: 'member' },
        ],
      },
      organisations,
      'fr',
    );
    expect(roster.members.map((o) => o.name)).toEqual(['L’Auberge des migrants', 'Utopia 56']);
    expect(roster.invited).toEqual([
      { organisationId: vie.id, name: 'La Vie active', shortName: 'La ' },
    ]);
  });

  it('keeps an organisation that has left the platform, unnamed and last', () => {
    const roster = groupRoster(
      {
        organisations: [
          { organisationId: 'o-gone', status: 'member' },
          { organisationId: utopia.id, status: 'member' },
        ],
      },
      organisations,
      'en',
    );
    expect(roster.members.map((o) => o.name)).toEqual(['Utopia 56', null]);
  });
});

describe('organisations an admin can still add', () => {
  it('offers every organisation of the platform neither in the group nor invited, by name', () => {
    const addable = addableOrganisations(
      {
        organisations: [
          { organisationId: utopia.id, status: 'member' },
          { organisationId: vie.id, status: 'invited' },
        ],
      },
      organisations,
      'fr',
    );
    expect(addable.map((o) => o.id)).toEqual([auberge.id, secours.id]);
  });

  it('offers nothing once every organisation is in the group', () => {
    const links = organisations.map((o) => ({ organisationId: o.id, status: 'member' }));
    expect(addableOrganisations({ organisations: links }, organisations, 'en')).toEqual([]);
  });
});

describe('what adding an organisation will do', () => {
  it('only invites a state-mandated or publicly funded organisation to an advocacy group', () => {
    expect(joiningPreview('advocacy', secours)).toEqual({
      status: 'invited',
      reason: 'publiclyFunded',
    });
    expect(
      joiningPreview('advocacy', organisation('o-s', 'OFII', { stateMandated: true })),
    ).toEqual({ status: 'invited', reason: 'stateMandated' });
    expect(joiningPreview('advocacy', vie)).toEqual({
      status: 'invited',
      reason: 'stateMandatedAndPubliclyFunded',
    });
  });

  it('adds any other organisation, and any organisation to a coalition or working group', () => {
    expect(joiningPreview('advocacy', utopia)).toEqual({ status: 'member' });
    expect(joiningPreview('coalition', vie)).toEqual({ status: 'member' });
    expect(joiningPreview('working_group', secours)).toEqual({ status: 'member' });
  });
});
