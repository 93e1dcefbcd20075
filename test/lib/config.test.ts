import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, HANDLER_ENTRIES, PROJECT_ROOT, readContextOverrides, resolveConfig } from '../../lib/config.js';
import { rawPageKey } from '../../lambdas/store/raw-pages.js';

describe('config', () => {
  it('should point every handler entry at an existing file in lambdas/handlers/', () => {
    // Assess
    for (const entry of Object.values(HANDLER_ENTRIES)) {
      expect(entry).toMatch(/\/lambdas\/handlers\/[a-z-]+\.ts$/);
      expect(existsSync(entry)).toBe(true);
    }
    expect(existsSync(`${PROJECT_ROOT}package-lock.json`)).toBe(true);
  });

  it('should use the raw-page prefix the store writes under, so lifecycle rule and ingest grant cover its keys', () => {
    // Act
    const key = rawPageKey({ source: 'idntimes-kaltim', articleId: 'ab12', fetchedAt: '2021-11-12T02:00:00Z' }, 'ffee');
    // Assess
    expect(key.startsWith(DEFAULT_CONFIG.rawPagePrefix)).toBe(true);
  });

  it('should merge overrides over the defaults', () => {
    // Act
    const config = resolveConfig({ scheduleRateMinutes: 5 });
    // Assess
    expect(config.scheduleRateMinutes).toBe(5);
    expect(config.ingestBatchSize).toBe(DEFAULT_CONFIG.ingestBatchSize);
  });

  it('should reject values that cannot deploy', () => {
    // Assess
    expect(() => resolveConfig({ scheduleRateMinutes: 0.5 })).toThrow(/scheduleRateMinutes/);
    expect(() => resolveConfig({ ingestBatchSize: 0 })).toThrow(/ingestBatchSize/);
    expect(() => resolveConfig({ rawPagePrefix: 'raw' })).toThrow(/rawPagePrefix/);
  });

  it('should read string settings from pantau:* context keys and ignore the rest', () => {
    // Prepare
    const context: Record<string, unknown> = {
      'pantau:alarmTopicArn': 'arn:aws:sns:ap-southeast-3:123456789012:ops',
      'pantau:scheduleRateMinutes': '30',
      'pantau:sourcesKey': '',
      alarmTopicArn: 'not-namespaced',
    };
    // Act
    const overrides = readContextOverrides((key) => context[key]);
    // Assess
    expect(overrides).toEqual({ alarmTopicArn: 'arn:aws:sns:ap-southeast-3:123456789012:ops', scheduleRateMinutes: 30 });
  });
});
