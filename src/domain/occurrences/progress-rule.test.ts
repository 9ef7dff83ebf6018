import { describe, expect, it } from 'vitest';
import { nearestProgress, progressFits, settleWork } from './progress-rule';

describe('status and progress agree', () => {
  it('allows 0 % only before work starts or when it does not apply, 1–99 % under way, 100 % once submitted', () => {
    expect(progressFits({ status: 'not_started', progress: 0 })).toBe(true);
    expect(progressFits({ status: 'not_started', progress: 10 })).toBe(false);
    expect(progressFits({ status: 'in_progress', progress: 0 })).toBe(false);
    expect(progressFits({ status: 'in_progress', progress: 1 })).toBe(true);
    expect(progressFits({ status: 'in_progress', progress: 99 })).toBe(true);
    expect(progressFits({ status: 'in_progress', progress: 100 })).toBe(false);
    expect(progressFits({ status: 'submitted', progress: 100 })).toBe(true);
    expect(progressFits({ status: 'submitted', progress: 90 })).toBe(false);
    expect(progressFits({ status: 'done', progress: 100 })).toBe(true);
    expect(progressFits({ status: 'not_applicable', progress: 0 })).toBe(true);
    expect(progressFits({ status: 'not_applicable', progress: 40 })).toBe(false);
  });

  it('moves the progress to the nearest value the status allows', () => {
    expect(nearestProgress('in_progress', 0)).toBe(1);
    expect(nearestProgress('in_progress', 100)).toBe(99);
    expect(nearestProgress('in_progress', 40)).toBe(40);
    expect(nearestProgress('submitted', 40)).toBe(100);
    expect(nearestProgress('not_started', 40)).toBe(0);
  });

  it('refuses a status and a progress asked together that contradict', () => {
    const current = { status: 'not_started' as const, progress: 0 };
    expect(settleWork(current, { status: 'in_progress', progress: 50 })).toEqual({ status: 'in_progress', progress: 50 });
    expect(settleWork(current, { status: 'in_progress', progress: 100 })).toEqual({ status: 'in_progress', progress: 100, problem: 'PROGRESS_CONTRADICTS_STATUS' });
    expect(settleWork(current, { status: 'not_started', progress: 30 }).problem).toBe('PROGRESS_CONTRADICTS_STATUS');
    expect(settleWork(current, { status: 'submitted', progress: 80 }).problem).toBe('PROGRESS_CONTRADICTS_STATUS');
  });

  it('lets the other field follow when only one is asked', () => {
    expect(settleWork({ status: 'in_progress', progress: 60 }, { status: 'submitted' })).toEqual({ status: 'submitted', progress: 100 });
    expect(settleWork({ status: 'in_progress', progress: 60 }, { status: 'not_started' })).toEqual({ status: 'not_started', progress: 0 });
    expect(settleWork({ status: 'not_started', progress: 0 }, { status: 'in_progress' })).toEqual({ status: 'in_progress', progress: 1 });
    // Returned work goes back under way, just short of done.
    expect(settleWork({ status: 'submitted', progress: 100 }, { status: 'in_progress' })).toEqual({ status: 'in_progress', progress: 99 });
    expect(settleWork({ status: 'not_started', progress: 0 }, { progress: 30 })).toEqual({ status: 'in_progress', progress: 30 });
    expect(settleWork({ status: 'in_progress', progress: 30 }, { progress: 0 })).toEqual({ status: 'not_started', progress: 0 });
    // Work marked as not applying that is given progress after all is under way.
    expect(settleWork({ status: 'not_applicable', progress: 0 }, { progress: 20 })).toEqual({ status: 'in_progress', progress: 20 });
  });

  it('does not submit work by its progress alone, nor move submitted work by it', () => {
    expect(settleWork({ status: 'in_progress', progress: 30 }, { progress: 100 }).problem).toBe('PROGRESS_CONTRADICTS_STATUS');
    expect(settleWork({ status: 'submitted', progress: 100 }, { progress: 80 }).problem).toBe('PROGRESS_CONTRADICTS_STATUS');
  });
});
