// Months are named YYYY-MM after the local wall clock; the database hands them back as the
// first day at midnight (a zone-less timestamp that node-postgres reads as UTC).
export function monthKeyOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

export function monthStartOf(month: string): string {
  return `${month}-01 00:00:00`;
}
