import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { fold, reminderCalendar } from '../../../src/schedule/reminder.ts';
import { lo } from '../../../src/i18n/messages/week/lo.ts';

const reminder = {
  time: '19:30', start: '2026-12-06', title: lo.reminderTitle, body: lo.reminderBody, lang: 'lo',
  uid: 'lovi-reminder-dev1@lovi', stamp: new Date(Date.UTC(2026, 11, 5, 20, 1, 2)),
};

describe('the daily reminder file', () => {
  it('parses as iCalendar: a daily event at the chosen local time, with an alarm, in the learner\'s language', () => {
    const text = reminderCalendar(reminder);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const event = calendar.getFirstSubcomponent('vevent')!;
    const e = new ICAL.Event(event);
    expect(e.summary).toBe(lo.reminderTitle);
    expect(e.description).toBe(lo.reminderBody);
    expect(e.startDate.toString()).toBe('2026-12-06T19:30:00');
    // Floating: no zone, so 19:30 where the phone is.
    expect(e.startDate.zone?.tzid).toBe('floating');
    expect((event.getFirstPropertyValue('rrule') as ICAL.Recur).freq).toBe('DAILY');
    const alarm = event.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarm.getFirstPropertyValue('trigger')!.toString()).toBe('PT0S');
    // Every occurrence at 19:30, one a day.
    const it = e.iterator();
    const next = [it.next()!, it.next()!, it.next()!].map((t) => t.toString());
    expect(next).toEqual(['2026-12-06T19:30:00', '2026-12-07T19:30:00', '2026-12-08T19:30:00']);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });

  it('folds long lines by bytes without cutting a Lao character, and escapes what iCalendar reserves', () => {
    const long = `DESCRIPTION:${'ສະບາຍດີ, ທ່ານ; '.repeat(12)}`;
    const folded = fold(long);
    expect(folded.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(folded.replaceAll('\r\n ', '')).toBe(long);
    const text = reminderCalendar({ ...reminder, body: 'a, b; c\\d\nnext' });
    expect(new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!).description).toBe('a, b; c\\d\nnext');
  });
});
