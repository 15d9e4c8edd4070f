//! A printable HTML schedule: one self-contained file (inline CSS, no
//! scripts, nothing fetched) with a partner's items month by month, the
//! deliverables it owes and whom to contact, in the partner's language.
//! Every value from the plan is HTML-escaped.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use super::text::html as esc;
use super::{Scope, words};
use crate::activity::{Activity, When};
use crate::deliverable::Deliverable;
use crate::i18n::Strings;
use crate::ids::PartnerId;
use crate::plan::Plan;
use crate::tr;

mod deliverables;
mod schedule;

use deliverables::deliverables;
use schedule::{Item, MAX_PER_ITEM, schedule};

/// The print style sheet, inlined into every file.
const STYLE: &str = include_str!("html/print.css");

/// A link people can click, only for schemes that cannot run code.
pub(super) fn link(url: &str) -> String {
    let trimmed = url.trim();
    let lower = trimmed.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:")
    {
        format!("<a href=\"{0}\">{0}</a>", esc(trimmed))
    } else {
        esc(trimmed)
    }
}

pub(super) fn partner_name(plan: &Plan, id: &PartnerId) -> String {
    plan.partner(id)
        .map_or_else(|| id.to_string(), |p| p.label().to_owned())
}

fn when_cells(s: &Strings, when: &When) -> (String, String) {
    let days = |first: NaiveDate, last: NaiveDate| {
        if first == last {
            words::date_with_weekday(s, first)
        } else {
            tr!(
                s,
                "export-html-range",
                start = words::date_with_weekday(s, first),
                end = words::date_with_weekday(s, last)
            )
        }
    };
    match when {
        When::Days { start, end } => (days(*start, *end), tr!(s, "export-html-all-day")),
        When::Timed { start, end, zone } => (
            days(start.date(), when.end_date()),
            tr!(
                s,
                "export-html-time",
                start = start.format("%H:%M").to_string(),
                end = end.format("%H:%M").to_string(),
                zone = zone.name()
            ),
        ),
    }
}

fn activity_row(out: &mut String, plan: &Plan, s: &Strings, a: &Activity, when: &When) {
    let (day, time) = when_cells(s, when);
    let class = if a.status.is_cancelled() {
        " class=\"cancelled\""
    } else {
        ""
    };
    let mut who = esc(&partner_name(plan, &a.responsible));
    if !a.contributors.is_empty() {
        let others: Vec<String> = a
            .contributors
            .iter()
            .map(|p| partner_name(plan, p))
            .collect();
        let _ = write!(
            who,
            "<br><span class=\"small\">{}</span>",
            esc(&tr!(s, "export-html-with", partners = others.join(", ")))
        );
    }
    let mut place = esc(&[&a.location.venue, &a.location.city]
        .iter()
        .filter(|p| !p.trim().is_empty())
        .map(|p| p.trim())
        .chain(a.location.country.as_ref().map(|c| c.0.as_str()))
        .collect::<Vec<_>>()
        .join(", "));
    if let Some(online) = &a.location.online {
        if !place.is_empty() {
            place.push_str("<br>");
        }
        place.push_str(&link(online));
    }
    let mut what = format!(
        "<span class=\"title\">{}</span><br><span class=\"small\">{} · {}</span>",
        esc(&a.title),
        esc(&words::kind(s, a.kind)),
        esc(&words::status(s, a.status))
    );
    if let Some(rule) = &a.recurrence {
        let rule = crate::recurrence::words::describe(s, rule, a.when.start_date());
        let _ = write!(
            what,
            "<br><span class=\"small\">{}</span>",
            esc(&tr!(s, "export-repeats", rule = rule))
        );
    }
    if let Some(registration) = &a.registration {
        let _ = write!(
            what,
            "<br><span class=\"small\">{} {}</span>",
            esc(&tr!(s, "export-html-registration")),
            link(registration)
        );
    }
    let _ = writeln!(
        out,
        "<tr{class}><td class=\"when\">{}</td><td class=\"time\">{}</td><td>{what}</td><td>{who}</td><td>{place}</td></tr>",
        esc(&day),
        esc(&time)
    );
}

fn deadline_row(out: &mut String, plan: &Plan, s: &Strings, d: &Deliverable) {
    let _ = writeln!(
        out,
        "<tr class=\"deadline\"><td class=\"when\">{}</td><td class=\"time\">{}</td><td><span class=\"title\">{}</span><br><span class=\"small\">{}</span></td><td>{}</td><td></td></tr>",
        esc(&words::date_with_weekday(s, d.due)),
        esc(&tr!(s, "export-html-deadline")),
        esc(&tr!(
            s,
            "export-deadline-summary",
            code = d.code.as_str(),
            title = d.title.as_str()
        )),
        esc(&words::deliverable_status(s, d.status)),
        esc(&partner_name(plan, &d.lead)),
    );
}

fn contacts(out: &mut String, plan: &Plan, scope: &Scope, s: &Strings) {
    let ids: BTreeSet<&PartnerId> = match &scope.partner {
        None => plan.partners.iter().map(|p| &p.id).collect(),
        Some(partner) => {
            let mut ids = BTreeSet::from([partner]);
            ids.extend(plan.project.communication_lead.iter());
            ids.extend(plan.project.lead_partner.iter());
            for a in plan
                .activities
                .iter()
                .filter(|a| scope.activity(a, plan.project.end))
            {
                ids.extend(a.partners());
            }
            ids
        }
    };
    let _ = writeln!(
        out,
        "<section class=\"contacts\"><h2>{}</h2>",
        esc(&tr!(s, "export-html-contacts"))
    );
    let _ = writeln!(
        out,
        "<table><thead><tr><th class=\"w-partner\">{}</th><th class=\"w-role\">{}</th><th class=\"w-contact\">{}</th></tr></thead><tbody>",
        esc(&tr!(s, "export-html-partner")),
        esc(&tr!(s, "export-html-role")),
        esc(&tr!(s, "export-html-contact"))
    );
    // In the plan's order, which puts the lead partner first.
    for p in plan.partners.iter().filter(|p| ids.contains(&p.id)) {
        let mut contact = esc(&p.contact_name);
        if !p.contact_email.trim().is_empty() {
            if !contact.is_empty() {
                contact.push_str("<br>");
            }
            let email = p.contact_email.trim();
            if email.contains('@') && !email.contains(char::is_whitespace) {
                let _ = write!(
                    contact,
                    "<a class=\"email\" href=\"mailto:{0}\">{0}</a>",
                    esc(email)
                );
            } else {
                contact.push_str(&esc(email));
            }
        }
        let _ = writeln!(
            out,
            "<tr><td><span class=\"title\">{}</span> <span class=\"chip\">{}</span><br><span class=\"small\">{} · {}</span></td><td>{}</td><td>{}</td></tr>",
            esc(p.label()),
            esc(p.id.as_str()),
            esc(&p.name),
            esc(&p.country.0),
            esc(&words::role(s, p.role)),
            contact
        );
    }
    out.push_str("</tbody></table></section>\n");
}

fn months(out: &mut String, plan: &Plan, scope: &Scope, s: &Strings) {
    let (rows, cut) = schedule(plan, scope);
    if let Some(day) = cut {
        let _ = writeln!(
            out,
            "<p class=\"meta\">{}</p>",
            esc(&tr!(
                s,
                "html-expansion-capped",
                date = words::date(s, day),
                count = MAX_PER_ITEM
            ))
        );
    }
    if rows.is_empty() {
        let _ = writeln!(
            out,
            "<section class=\"schedule\"><h2>{}</h2><p class=\"empty\">{}</p></section>",
            esc(&tr!(s, "export-html-schedule")),
            esc(&tr!(s, "export-html-nothing-planned"))
        );
        return;
    }
    let mut current: Option<(i32, u32)> = None;
    for row in &rows {
        let month = (row.day.year(), row.day.month());
        if current != Some(month) {
            if current.is_some() {
                out.push_str("</tbody></table></section>\n");
            }
            current = Some(month);
            let _ = writeln!(
                out,
                "<section class=\"month\"><h2>{}</h2>",
                esc(&words::month_year(s, row.day))
            );
            let _ = writeln!(
                out,
                "<table><thead><tr><th class=\"w-date\">{}</th><th class=\"w-time\">{}</th><th class=\"w-what\">{}</th><th class=\"w-who\">{}</th><th class=\"w-where\">{}</th></tr></thead><tbody>",
                esc(&tr!(s, "export-html-date")),
                esc(&tr!(s, "export-html-time-heading")),
                esc(&tr!(s, "export-html-what")),
                esc(&tr!(s, "export-html-who")),
                esc(&tr!(s, "export-html-where"))
            );
        }
        match &row.item {
            Item::Activity(a, when) => activity_row(out, plan, s, a, when),
            Item::Deadline(d) => deadline_row(out, plan, s, d),
        }
    }
    out.push_str("</tbody></table></section>\n");
}

/// Writes the printable schedule. `now` gives the "generated on" date.
pub fn write(plan: &Plan, scope: &Scope, now: DateTime<Utc>, s: &Strings) -> String {
    let partner = scope.partner.as_ref().and_then(|id| plan.partner(id));
    let title = match partner {
        Some(p) => tr!(
            s,
            "export-html-title-partner",
            project = plan.display_name(),
            partner = p.label()
        ),
        None => tr!(s, "export-html-title-plan", project = plan.display_name()),
    };
    let mut out = String::with_capacity(64 * 1024);
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n<meta name=\"generator\" content=\"CommPlan\">\n<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>",
        esc(s.language()),
        esc(&title)
    );
    out.push_str("<header>\n");
    if !plan.project.programme.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"programme\">{}</p>",
            esc(&plan.project.programme)
        );
    }
    let _ = writeln!(out, "<h1>{}</h1>", esc(&title));
    let _ = writeln!(out, "<p class=\"project\">{}</p>", esc(&plan.project.name));
    let mut meta = tr!(
        s,
        "export-html-runs",
        start = words::date(s, plan.project.start),
        end = words::date(s, plan.project.end)
    );
    if scope.from.is_some() || scope.to.is_some() {
        let from = scope.from.unwrap_or(plan.project.start);
        let to = scope.to.unwrap_or(plan.project.end);
        meta.push_str(" · ");
        meta.push_str(&tr!(
            s,
            "export-html-covers",
            start = words::date(s, from),
            end = words::date(s, to)
        ));
    }
    meta.push_str(" · ");
    meta.push_str(&tr!(
        s,
        "export-html-generated",
        date = words::date(s, now.date_naive())
    ));
    let _ = writeln!(out, "<p class=\"meta\">{}</p>\n</header>", esc(&meta));
    contacts(&mut out, plan, scope, s);
    deliverables(&mut out, plan, scope, s);
    months(&mut out, plan, scope, s);
    let _ = writeln!(
        out,
        "<footer>{}</footer>\n</body>\n</html>",
        esc(&tr!(s, "export-html-footer", project = plan.display_name()))
    );
    out
}
