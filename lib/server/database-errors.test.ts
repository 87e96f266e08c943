import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, isRejectedValue } from './database-errors';

const prismaError = (code: string, cause: Record<string, unknown>) =>
  Object.assign(new Error('Invalid invocation'), { code, meta: { driverAdapterError: { name: 'DriverAdapterError', cause } } });

describe('database error kinds', () => {
  it('knows an outage from the shapes Prisma and pg give it', () => {
    expect(isDatabaseUnavailable(prismaError('P1001', { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 9 }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(prismaError('P2039', { kind: 'postgres', code: '22021' }))).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
  });

  it('knows a value the database refused', () => {
    expect(isRejectedValue(prismaError('P2039', { kind: 'postgres', code: '22021' }))).toBe(true);
    expect(isRejectedValue(prismaError('P2010', { kind: 'postgres', code: '22008' }))).toBe(true);
    expect(isRejectedValue(Object.assign(new Error('value too long'), { code: 'P2000' }))).toBe(true);
    expect(isRejectedValue(prismaError('P2002', { kind: 'postgres', code: '23505' }))).toBe(false);
  });
});
