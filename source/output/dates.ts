// Dates as a person reads them, in local time: "2026-05-01" (file names, the copied checklist), or with
// the time, "2026-05-01 23:40" (when progress was saved).
export function localDate(date: Date, withTime = false): string {
  if (Number.isNaN(date.getTime())) return '-';
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  return withTime ? `${day} ${two(date.getHours())}:${two(date.getMinutes())}` : day;
}
