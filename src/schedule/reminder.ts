// A daily reminder as an iCalendar file (RFC 5545). The web cannot wake a
// phone at a set hour without a server, but the phone's own calendar can, and
// keeps doing so offline: the learner imports this once. The event is at a
// floating local time (no zone), so "19:00" stays 19:00 wherever the learner
// travels; it repeats daily and carries an alarm at its start. Written here,
// not with a library: it is twenty lines, and the one subtle rule (folding
// long lines by bytes without splitting a Lao character) is below. Pure.

export interface Reminder {
  /** HH:MM, local. */
  time: string;
  /** The first day, YYYY-MM-DD. */
  start: string;
  title: string;
  body: string;
  /** The text's language (BCP 47), for the calendar's display. */
  lang: string;
  /** Stable for one learner, so importing it again replaces the event instead of adding one. */
  uid: string;
  /** When the file was made. */
  stamp: Date;
}

export function reminderCalendar(r: Reminder): string {
  const [hh, mm] = r.time.split(':');
  const day = r.start.replaceAll('-', '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Lovi//Daily reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${r.uid}`,
    `DTSTAMP:${utcStamp(r.stamp)}`,
    `DTSTART:${day}T${hh}${mm}00`,
    'DURATION:PT10M',
    'RRULE:FREQ=DAILY',
    `SUMMARY;LANGUAGE=${r.lang}:${escapeText(r.title)}`,
    `DESCRIPTION;LANGUAGE=${r.lang}:${escapeText(r.body)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:PT0M',
    `DESCRIPTION:${escapeText(r.title)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

const pad = (n: number) => String(n).padStart(2, '0');
const utcStamp = (d: Date) => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
export function escapeText(s: string): string {
  return s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Lines longer than 75 bytes continue on the next after a space, split between characters, never inside one (3.1). */
export function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let part = '';
  let bytes = 0;
  // The first line holds 75 bytes; continuation lines 74 after their leading space.
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (bytes + size > limit) {
      parts.push(part);
      part = '';
      bytes = 0;
      limit = 74;
    }
    part += ch;
    bytes += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}
