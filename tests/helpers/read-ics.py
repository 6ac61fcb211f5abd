"""Reads .ics files with Python's icalendar library (Debian's python3-icalendar),
a parser written independently of ical.js, and prints their events as JSON:
what a second calendar client understands of the same bytes.

Usage: /usr/bin/python3 read-ics.py FILE...  -> {"FILE": [event, ...], ...}
"""
import json
import sys

import icalendar


def moment(prop):
    if prop is None:
        return None
    value = prop.dt
    # A date-time carries its zone as the file's TZID named it; a date has none.
    if hasattr(value, 'hour'):
        return {'local': value.strftime('%Y-%m-%dT%H:%M'), 'utc': value.astimezone(__import__('datetime').timezone.utc).strftime('%Y-%m-%dT%H:%MZ')}
    return {'date': value.isoformat()}


def events(path):
    with open(path, 'rb') as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    out = []
    for event in calendar.walk('VEVENT'):
        out.append({
            'uid': str(event.get('UID')),
            'sequence': int(event.get('SEQUENCE', 0)),
            'status': str(event.get('STATUS', '')),
            'summary': str(event.get('SUMMARY', '')),
            'location': str(event.get('LOCATION', '')),
            'description': str(event.get('DESCRIPTION', '')),
            'start': moment(event.get('DTSTART')),
            'end': moment(event.get('DTEND')),
        })
    return out


print(json.dumps({path: events(path) for path in sys.argv[1:]}, ensure_ascii=False))
