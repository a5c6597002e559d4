import { describe, expect, it } from 'vitest';
import { runIdFromEnv } from '../../src/compat/cancel.js';

const step = {
  GITHUB_ACTIONS: 'true',
  GITHUB_RUN_ID: '9001',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_JOB: 'test',
  RUNNER_NAME: 'runner-3',
  GITHUB_ACTION: 'compat',
};

describe('the run label of a GitHub Actions step', () => {
  it('is computed from what the runner sets, so the post step finds the main step’s', () => {
    expect(runIdFromEnv(step)).toBe('github/9001/2/test/runner-3/compat');
    expect(runIdFromEnv({ ...step })).toBe(runIdFromEnv(step));
  });

  it('differs per attempt, job, runner (matrix legs on one machine) and step', () => {
    const ids = [
      runIdFromEnv(step),
      runIdFromEnv({ ...step, GITHUB_RUN_ID: '9002' }),
      runIdFromEnv({ ...step, GITHUB_RUN_ATTEMPT: '3' }),
      runIdFromEnv({ ...step, GITHUB_JOB: 'publish' }),
      runIdFromEnv({ ...step, RUNNER_NAME: 'runner-4' }),
      runIdFromEnv({ ...step, GITHUB_ACTION: '__modelgate_2' }),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('counts a missing attempt as the first, and is absent outside Actions', () => {
    expect(runIdFromEnv({ ...step, GITHUB_RUN_ATTEMPT: undefined })).toBe(
      'github/9001/1/test/runner-3/compat',
    );
    expect(runIdFromEnv({ ...step, GITHUB_ACTIONS: '' })).toBeUndefined();
    expect(runIdFromEnv({ GITHUB_ACTIONS: 'true' })).toBeUndefined();
  });
});
