/** Sector codes a search may filter on: KBLI 2020 sections A-U plus the cross-cutting UMKM and PARIWISATA. */
export const SECTOR_CODES: readonly string[] = [...'ABCDEFGHIJKLMNOPQRSTU'.split(''), 'UMKM', 'PARIWISATA'];
