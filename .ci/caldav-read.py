#!/usr/bin/env python3
"""Reads back what CommPlan published to a CalDAV server, with an
independent client (python caldav + icalendar), and prints one line per
calendar and per event, fields separated by tabs:

  C  name  displayname
  E  calendar-name  href  etag  uid  summary  categories(,)  alarms

Usage: caldav-read.py URL USER  (the password in CALDAV_PASSWORD)
Only calendars whose name starts with the PREFIX variable are listed."""
import os
import sys

import caldav
from caldav.elements import dav
import icalendar


def main():
    url, user = sys.argv[1], sys.argv[2]
    prefix = os.environ.get("PREFIX", "")
    client = caldav.DAVClient(url=url, username=user, password=os.environ["CALDAV_PASSWORD"])
    out = []
    for cal in client.principal().calendars():
        name = str(cal.url).rstrip("/").rsplit("/", 1)[-1]
        if not name.startswith(prefix):
            continue
        events = []
        for ev in cal.events():
            parsed = icalendar.Calendar.from_ical(ev.data)
            vevents = [c for c in parsed.walk("VEVENT")]
            assert len(vevents) == 1, f"{ev.url}: {len(vevents)} VEVENTs in one resource"
            v = vevents[0]
            cats = v.get("CATEGORIES")
            categories = []
            if cats is not None:
                for c in cats if isinstance(cats, list) else [cats]:
                    categories += [str(x) for x in c.cats]
            etag = ev.get_property(dav.GetEtag())
            events.append({
                "href": str(ev.url).rsplit("/", 1)[-1],
                "etag": etag,
                "uid": str(v.get("UID")),
                "summary": str(v.get("SUMMARY")),
                "categories": categories,
                "alarms": len(list(v.walk("VALARM"))),
            })
        events.sort(key=lambda e: e["href"])
        out.append({"name": name, "displayname": cal.get_display_name(), "events": events})
    out.sort(key=lambda c: c["name"])
    clean = lambda v: str(v).replace("\t", " ").replace("\n", " ")
    for cal in out:
        print("\t".join(["C", cal["name"], clean(cal["displayname"])]))
        for e in cal["events"]:
            print("\t".join(["E", cal["name"], e["href"], clean(e["etag"]), e["uid"],
                             clean(e["summary"]), ",".join(e["categories"]), str(e["alarms"])]))


if __name__ == "__main__":
    main()
