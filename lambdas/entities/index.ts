/**
 * @module entities
 * The entities stage: people, organizations, locations, sectors and quotes of an Indonesian news text.
 */
export { extractEntities, type ExtractEntitiesOptions } from './extract-entities.js';
export { analysePlainText, maskNoiseLines } from './plain-text.js';
export { detectDateline } from './dateline.js';
