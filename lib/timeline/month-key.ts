// Months are named YYYY-MM after the local wall clock; queries take the first day at midnight
// as a zone-less timestamp.
export function monthStartOf(month: string): string {
  return `${month}-01 00:00:00`;
}
