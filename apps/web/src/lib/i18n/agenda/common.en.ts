import type { commonFr } from './common.fr';

export const commonEn: typeof commonFr = {
  kinds: {
    platform_meeting: 'Platform meeting',
    authorities_meeting: 'Meeting with the authorities',
    coalition_meeting: 'Coalition meeting',
    training: 'Training',
    joint_activity: 'Joint activity',
    advocacy_action: 'Advocacy action',
    other: 'Other',
  },
  answers: {
    going: 'Going',
    maybe: 'Maybe',
    not_going: 'Not going',
    none: 'No answer',
  },
  placeKinds: {
    site: 'Distribution site',
    address: 'Address',
    online: 'Online',
  },
  platformAgenda: 'Platform agenda',
  restricted: 'Only for the group {{group}}',
  cancelled: 'Cancelled',
  unknownOrganisation: 'Unknown organisation',
  unknownSite: 'Unknown site',
  savedOnDevice: 'Saved on this device; it will be sent when the connection is back.',
  notDownloaded:
    'The agenda is not on this device yet. Connect to the network once: it then stays readable offline.',
  noAccess: 'This agenda is not open to your account.',
};
