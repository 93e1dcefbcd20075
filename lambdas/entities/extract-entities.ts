/**
 * @module entities/extract-entities
 * Runs the finders in order: regions and home region, organizations, people, places, quotes, sectors.
 */
import type { EntityResult } from '../shared/types.js';
import { detectDateline } from './dateline.js';
import { buildLocations, findPlaceHits, findRegionHits, pickHomeRegion } from './locations.js';
import { findOrganizations } from './organizations.js';
import { findPeople } from './people.js';
import { findQuotes } from './quotes.js';
import { findSectors } from './sectors.js';

/** Options of {@link extractEntities}. */
export interface ExtractEntitiesOptions {
  /** The headline when it is not part of `text`; adds sector evidence. */
  title?: string | null;
  /** The dateline place when the caller already knows it; else it is read from the text. */
  dateline?: string | null;
}

/** Find people, organizations, locations, sectors and quotes in an article body. Offsets index into `text`. */
export function extractEntities(text: string, options: ExtractEntitiesOptions = {}): EntityResult {
  const dateline = options.dateline ?? detectDateline(text);
  const regionHits = findRegionHits(text);
  const home = pickHomeRegion(dateline, regionHits);
  const orgs = findOrganizations(text, home);
  const orgGovernment = new Map(orgs.entities.map((e) => [e.name, e.government]));
  const people = findPeople(text, orgs.hits, orgs.nameOf, orgGovernment, home);
  const placeHits = findPlaceHits(text, regionHits);
  const locations = buildLocations(text, regionHits, placeHits, people.hits);
  const quotes = findQuotes(text, people.hits);
  const sectors = findSectors(text, options.title);
  return { people: people.entities, organizations: orgs.entities, locations, sectors, quotes };
}
