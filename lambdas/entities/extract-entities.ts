/**
 * @module entities/extract-entities
 * Runs the finders in order: regions and home region, organizations, named places, the tagger (with the rule
 * findings as hints), people, quotes, sectors. Rule findings win where the tagger overlaps them.
 */
import type { EntityResult } from '../shared/types.js';
import { detectDateline, findDatelineSpan } from './dateline.js';
import { buildLocations, findPlaceHits, findRegionHits, pickHomeRegion } from './locations.js';
import { addTaggedOrganizations, findOrganizations } from './organizations.js';
import { findPeople } from './people.js';
import { findQuotes } from './quotes.js';
import { findSectors } from './sectors.js';
import { buildHints, tagText } from './tagger.js';
import { clashesWith } from './text-scan.js';

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
  const ruleOrgs = findOrganizations(text, home);
  const rulePlaces = findPlaceHits(text, regionHits);
  const datelineSpan = findDatelineSpan(text);
  const tagged = tagText(text, buildHints(ruleOrgs.hits, regionHits, rulePlaces)).filter(
    (t) => !datelineSpan || t.start >= datelineSpan.end || t.end <= datelineSpan.start,
  );
  const ofKind = (kind: string): { start: number; end: number }[] => tagged.filter((t) => t.kind === kind);
  const orgs = addTaggedOrganizations(text, ruleOrgs, ofKind('ORG'), [...regionHits, ...rulePlaces]);
  const orgGovernment = new Map(orgs.entities.map((e) => [e.name, e.government]));
  const notPeople = tagged.filter((t) => t.kind !== 'PER');
  const people = findPeople(text, orgs.hits, orgs.nameOf, orgGovernment, home, ofKind('PER'), notPeople);
  const taken = [...regionHits, ...rulePlaces, ...orgs.hits, ...people.hits];
  const taggedPlaces = ofKind('LOC')
    .filter((t) => !clashesWith(t, taken) && !orgs.hits.some((o) => t.start >= o.start && t.end <= o.end))
    .map((t) => ({ ...t, name: text.slice(t.start, t.end).replace(/\s+/g, ' ') }));
  const locations = buildLocations(text, regionHits, [...rulePlaces, ...taggedPlaces], people.hits);
  const quotes = findQuotes(text, people.hits);
  const sectors = findSectors(text, options.title);
  return { people: people.entities, organizations: orgs.entities, locations, sectors, quotes };
}
