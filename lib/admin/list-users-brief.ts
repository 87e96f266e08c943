// Users as choices for "owner" pickers in admin forms.
import { prisma } from '@/lib/server/db';

export function listUsersBrief() {
  return prisma().user.findMany({ orderBy: { createdAt: 'asc' }, select: { id: true, name: true, email: true } });
}
