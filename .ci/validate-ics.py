#!/usr/bin/env python3
"""Validates CommPlan's calendar exports with independent parsers (Debian's
python3-icalendar and python3-vobject): every component parses, every
event has DTEND after DTSTART, whole-day items are VALUE=DATE with DTEND
the day after the last day, every TZID has its VTIMEZONE, lines are folded
at 75 octets and end in CRLF. A series' overrides (RECURRENCE-ID) share
its UID and must name an occurrence of its rule.

With --expect LIST, the occurrences python3-vobject (dateutil) expands from
the files (RRULE, EXDATE, RECURRENCE-ID, in each VTIMEZONE written) must be
exactly the lines of LIST, "UID START" with START in UTC (20170302T083000Z)
or a date (20170127): the occurrences CommPlan shows.

Usage: validate-ics.py [--expect LIST] FILE.ics [FILE.ics ...]"""

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
        key = (uid, event.get("RECURRENCE-ID") and event["RECURRENCE-ID"].to_ical())
        if key in uids:
            fail(path, f"UID {uid} appears twice")
        uids.add(key)
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


def stamp(value):
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            return value.strftime("%Y%m%d")  # a whole day, read as midnight
        return value.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return value.strftime("%Y%m%d")


def occurrences(path, data):
    """Every occurrence of every event as "UID START", expanded by vobject."""
    out = []
    for calendar in vobject.readComponents(data.decode("utf-8")):
        masters, overrides = {}, {}
        for event in calendar.vevent_list:
            uid = event.uid.value
            if hasattr(event, "recurrence_id"):
                overrides[(uid, stamp(event.recurrence_id.value))] = stamp(event.dtstart.value)
            else:
                masters[uid] = event
        for uid, event in masters.items():
            if hasattr(event, "rrule"):
                starts = [stamp(d) for d in event.getrruleset(addRDate=True)]
            else:
                starts = [stamp(event.dtstart.value)]
            for start in starts:
                out.append(f"{uid} {overrides.pop((uid, start), start)}")
        for (uid, start) in overrides:
            fail(path, f"{uid}: RECURRENCE-ID {start} names no occurrence of its rule")
    return out


def main():
    args = sys.argv[1:]
    expect = None
    if len(args) >= 2 and args[0] == "--expect":
        expect, args = args[1], args[2:]
    if not args:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    found = []
    for path in args:
        with open(path, "rb") as handle:
            data = handle.read()
        check_lines(path, data)
        events, zones = check_icalendar(path, data)
        counted = check_vobject(path, data)
        if counted != events:
            fail(path, f"vobject reads {counted} events, icalendar {events}")
        found += occurrences(path, data)
        print(f"{path}: {events} events, {zones} time zones: valid")
    if expect:
        with open(expect, encoding="utf-8") as handle:
            wanted = sorted(line.strip() for line in handle if line.strip())
        if sorted(found) != wanted:
            missing = sorted(set(wanted) - set(found))
            extra = sorted(set(found) - set(wanted))
            fail(expect, f"occurrences differ: CommPlan only {missing}, Python only {extra}")
        print(f"{expect}: {len(wanted)} occurrences, the same as Python's readers expand")


if __name__ == "__main__":
    main()
