/**
 * The demo content of the live boards, written on the server as Yjs updates appended to the
 * document log, exactly as an accepted edit would be. Never seeded by a client: a client seeding
 * the same content would duplicate it (PITFALLS.md).
 */
import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import { capacityBoard, scheduleBoard } from '@opale/core';
import { listOrganisationsOfPlatform, listPlatforms, type Database } from '@opale/db';
import type { DocumentStore } from '@opale/sync';

interface DemoSite {
  id: string;
  name: string;
  area: string;
  description: string;
}

// Distribution points named by what is near them, never by where people sleep.
const sites: Record<string, DemoSite[]> = {
  calais: [
    {
      id: 'calais-north',
      name: 'Site Nord',
      area: 'Calais nord',
      description: 'Parking near the industrial zone',
    },
    {
      id: 'calais-hospital',
      name: 'Site Hôpital',
      area: 'Calais est',
      description: 'Open ground behind the hospital bus stop',
    },
    {
      id: 'calais-station',
      name: 'Site Gare',
      area: 'Calais centre',
      description: 'Square opposite the station',
    },
  ],
  dunkirk: [
    {
      id: 'dunkirk-loon',
      name: 'Site Loon-Plage',
      area: 'Loon-Plage',
      description: 'Car park by the sports ground',
    },
    {
      id: 'dunkirk-grande-synthe',
      name: 'Site Grande-Synthe',
      area: 'Grande-Synthe',
      description: 'Entrance of the lake path',
    },
  ],
};

interface DemoSeries {
  organisation: string;
  id: string;
  siteId: string;
  serviceType: string;
  rrule: string;
  startTime: string;
  endTime: string;
  expectedQuantity: number;
}

const series: Record<string, DemoSeries[]> = {
  calais: [
    {
      organisation: 'Refugee Community Kitchen',
      id: 'rck-lunch',
      siteId: 'calais-north',
      serviceType: 'meal',
      rrule: 'FREQ=DAILY',
      startTime: '12:00',
      endTime: '14:00',
      expectedQuantity: 800,
    },
    {
      organisation: 'Utopia 56',
      id: 'u56-water',
      siteId: 'calais-hospital',
      serviceType: 'drinking_water',
      rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
      startTime: '10:00',
      endTime: '12:00',
      expectedQuantity: 300,
    },
  ],
  dunkirk: [
    {
      organisation: 'Salam',
      id: 'salam-dinner',
      siteId: 'dunkirk-loon',
      serviceType: 'meal',
      rrule: 'FREQ=DAILY',
      startTime: '18:00',
      endTime: '19:30',
      expectedQuantity: 400,
    },
  ],
};

function updateOf(write: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  write(doc);
  return Y.encodeStateAsUpdate(doc);
}

export async function seedDemoBoards(
  db: Kysely<Database>,
  store: DocumentStore,
  now: Date,
): Promise<void> {
  for (const platform of await listPlatforms(db)) {
    const organisations = await listOrganisationsOfPlatform(db, platform.id);
    const idOf = (name: string) => {
      const found = organisations.find((o) => o.name === name);
      if (!found) throw new Error(`demo boards refer to ${name}, which is not on ${platform.name}`);
      return found.id;
    };
    const schedule = updateOf((doc) => {
      for (const site of sites[platform.slug] ?? []) {
        scheduleBoard.writeSite(doc, site.id, {
          name: site.name,
          area: site.area,
          description: site.description,
          locationText: null,
          activeFrom: now.toISOString().slice(0, 10),
          activeUntil: null,
        });
      }
      for (const s of series[platform.slug] ?? []) {
        scheduleBoard.writeSeries(doc, idOf(s.organisation), s.id, {
          siteId: s.siteId,
          serviceType: s.serviceType,
          rrule: s.rrule,
          startTime: s.startTime,
          endTime: s.endTime,
          validFrom: now.toISOString().slice(0, 10),
          validUntil: null,
          expectedQuantity: s.expectedQuantity,
          notes: null,
          public: true,
        });
      }
    });
    await store.append(`schedule:${platform.slug}`, schedule, null);

    const capacity = updateOf((doc) => {
      const redCross = idOf('Croix-Rouge française');
      capacityBoard.writeService(doc, redCross, 'first-aid', {
        name: 'First aid post',
        serviceType: 'first_aid',
        unit: 'consultations',
        total: 40,
        public: true,
      });
      capacityBoard.recordReading(doc, redCross, 'first-aid', {
        status: 'limited',
        available: 8,
        total: 40,
        note: null,
        by: 'Demo field team',
        at: new Date(now.getTime() - 90 * 60_000).toISOString(),
      });
    });
    await store.append(`capacity:${platform.slug}`, capacity, null);
  }
}
