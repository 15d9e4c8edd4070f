#!/usr/bin/env python3
"""Validates CommPlan's calendar exports with independent parsers (Debian's
python3-icalendar and python3-vobject): every component parses, every
event has DTEND after DTSTART, whole-day items are VALUE=DATE with DTEND
the day after the last day, every TZID has its VTIMEZONE, lines are folded
at 75 octets and end in CRLF.

Usage: validate-ics.py FILE.ics [FILE.ics ...]"""

import datetime
import sys

import icalendar
import vobject


def fail(path, message):
    print(f"{path}: {message}", file=sys.stderr)
    sys.exit(1)


def check_lines(path, data):
    if not data.endswith(b"\r\n"):
        fail(path, "the file does not end with CRLF")
    body = data.replace(b"\r\n", b"")
    if b"\n" in body or b"\r" in body:
        fail(path, "a line ends without CRLF")
    for number, line in enumerate(data.split(b"\r\n")[:-1], start=1):
        if len(line) > 75:
            fail(path, f"line {number} has {len(line)} octets (more than 75)")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            fail(path, f"line {number} splits a UTF-8 character")


def check_icalendar(path, data):
    calendar = icalendar.Calendar.from_ical(data)
    if calendar.errors:
        fail(path, f"icalendar reports {calendar.errors}")
    zones = {str(z["TZID"]) for z in calendar.walk("VTIMEZONE")}
    uids = set()
    events = 0
    for component in calendar.walk():
        for name, errors in getattr(component, "errors", []) or []:
            fail(path, f"{component.name}: {name}: {errors}")
    for event in calendar.walk("VEVENT"):
        events += 1
        uid = str(event["UID"])
        if uid in uids:
            fail(path, f"UID {uid} appears twice")
        uids.add(uid)
        for required in ("DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "SEQUENCE", "STATUS"):
            if required not in event:
                fail(path, f"{uid} has no {required}")
        if str(event["STATUS"]) not in ("TENTATIVE", "CONFIRMED", "CANCELLED"):
            fail(path, f"{uid} has STATUS {event['STATUS']}")
        start, end = event["DTSTART"], event["DTEND"]
        for prop in (start, end):
            tzid = prop.params.get("TZID")
            if tzid and tzid not in zones:
                fail(path, f"{uid} uses TZID {tzid} without a VTIMEZONE")
        s, e = start.dt, end.dt
        all_day = not isinstance(s, datetime.datetime)
        if all_day:
            if start.params.get("VALUE") != "DATE" or end.params.get("VALUE") != "DATE":
                fail(path, f"{uid}: a whole-day item without VALUE=DATE")
            if isinstance(e, datetime.datetime):
                fail(path, f"{uid}: DTSTART is a date but DTEND is not")
        elif s.tzinfo is None or e.tzinfo is None:
            fail(path, f"{uid}: a timed item in floating time")
        if not e > s:
            fail(path, f"{uid}: DTEND {e} is not after DTSTART {s}")
    if events == 0:
        fail(path, "no events")
    return events, len(zones)


def check_vobject(path, data):
    count = 0
    for calendar in vobject.readComponents(data.decode("utf-8"), validate=True):
        for event in calendar.vevent_list:
            count += 1
            # Touch the values so vobject converts them (and would raise).
            event.dtstart.value, event.dtend.value, event.summary.value
    return count


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    for path in sys.argv[1:]:
        with open(path, "rb") as handle:
            data = handle.read()
        check_lines(path, data)
        events, zones = check_icalendar(path, data)
        counted = check_vobject(path, data)
        if counted != events:
            fail(path, f"vobject reads {counted} events, icalendar {events}")
        print(f"{path}: {events} events, {zones} time zones: valid")


if __name__ == "__main__":
    main()
