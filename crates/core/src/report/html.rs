//! The pack as a printable page: one self-contained HTML file (inline CSS,
//! no scripts, nothing fetched), A4, the project and period at the top of
//! the page, the parts in the order of a progress report. Every value from
//! the plan is HTML-escaped.

use std::fmt::Write as _;

use chrono::{DateTime, Utc};

use super::{Items, Pack, Warning};
use crate::export::text::html as esc;
use crate::export::words;
use crate::i18n::Strings;
use crate::plan::Plan;
use crate::tr;

/// The schedule's print style sheet, and what the report adds to it.
const STYLE: &str = include_str!("../export/html/print.css");
const EXTRA: &str = "td.num, th.num { text-align: right; }\ntd.num { white-space: nowrap; }\n\
th, td { hyphens: auto; -webkit-hyphens: auto; }\n\
h3 { font-size: 11.5pt; margin: 5mm 0 2mm; }\n\
.warning { color: #8a4b00; }\n";

/// A warning in words.
pub fn warning_text(plan: &Plan, items: &Items<'_>, s: &Strings, warning: &Warning) -> String {
    let entry = |id| {
        items.entry(id).map_or_else(String::new, |e| {
            format!("{} · {} · {}", words::date(s, e.date), e.partner, e.title)
        })
    };
    match warning {
        Warning::NoEvidence(id) => tr!(s, "report-warning-no-evidence", entry = entry(*id)),
        Warning::NoParticipants(id) => {
            tr!(s, "report-warning-no-participants", entry = entry(*id))
        }
        Warning::OutsideProject(id) => tr!(s, "report-warning-outside", entry = entry(*id)),
        Warning::Unlinked { indicator, entries } => {
            let count = *entries;
            let code = plan
                .indicator(*indicator)
                .map_or_else(String::new, |i| i.code.clone());
            tr!(
                s,
                "report-warning-unlinked",
                indicator = code,
                count = count
            )
        }
    }
}

/// A table; `widths` are the columns' shares of the page in percent
/// (empty: the style sheet's equal columns).
fn table(
    out: &mut String,
    widths: &[u8],
    header: &[(String, bool)],
    rows: &[Vec<(String, bool)>],
    empty: &str,
) {
    if rows.is_empty() {
        let _ = writeln!(out, "<p class=\"empty\">{}</p>", esc(empty));
        return;
    }
    out.push_str("<table>\n");
    if !widths.is_empty() {
        out.push_str("<colgroup>");
        for width in widths {
            let _ = write!(out, "<col style=\"width: {width}%\">");
        }
        out.push_str("</colgroup>\n");
    }
    out.push_str("<thead><tr>");
    for (cell, num) in header {
        let _ = write!(
            out,
            "<th{}>{}</th>",
            if *num { " class=\"num\"" } else { "" },
            esc(cell)
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in rows {
        out.push_str("<tr>");
        for (cell, num) in row {
            let _ = write!(
                out,
                "<td{}>{}</td>",
                if *num { " class=\"num\"" } else { "" },
                cell
            );
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// Text cell (escaped here) or number cell.
fn t(text: impl AsRef<str>) -> (String, bool) {
    (esc(text.as_ref()), false)
}
fn n(s: &Strings, value: u64) -> (String, bool) {
    (s.number(value), true)
}
fn h(text: String) -> (String, bool) {
    (text, false)
}
fn hn(text: String) -> (String, bool) {
    (text, true)
}

/// Writes the page. `now` gives the "generated on" date.
pub fn write(plan: &Plan, pack: &Pack, s: &Strings, now: DateTime<Utc>) -> String {
    let items = Items::new(plan);
    let mut out = String::new();
    let number = pack.period.index + 1;
    let period = tr!(
        s,
        "period-range",
        number = number,
        first = words::date(s, pack.period.start),
        last = words::date(s, pack.period.end)
    );
    let title = tr!(
        s,
        "report-title",
        project = plan.display_name(),
        period = pack.period.label()
    );
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n<meta name=\"generator\" content=\"CommPlan\">\n<title>{}</title>\n<style>\n{STYLE}{EXTRA}@page {{ @top-center {{ content: \"{}\"; }} }}\n</style>\n</head>\n<body>\n",
        esc(s.language()),
        esc(&title),
        esc(&format!(
            "{} · {}",
            plan.display_name(),
            pack.period.label()
        ))
        .replace('"', "'"),
    );
    let _ = writeln!(
        out,
        "<header><p class=\"programme\">{}</p><h1>{}</h1><p class=\"project\">{}</p><p class=\"meta\">{}</p></header>",
        esc(&plan.project.programme),
        esc(&title),
        esc(&plan.project.name),
        esc(&match &pack.partner {
            Some(id) => format!(
                "{period} · {}",
                plan.partner(id).map_or(id.as_str(), |p| p.name.as_str())
            ),
            None => period.clone(),
        })
    );

    // Activities per work package.
    let _ = writeln!(out, "<h2>{}</h2>", esc(&tr!(s, "report-part-activities")));
    if pack.work_packages.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"empty\">{}</p>",
            esc(&tr!(s, "report-none"))
        );
    }
    for wp in &pack.work_packages {
        let name = wp.id.as_ref().map_or_else(
            || tr!(s, "report-no-work-package"),
            |id| {
                plan.work_package(id)
                    .map_or(id.to_string(), |w| format!("{} — {}", w.id, w.title))
            },
        );
        let _ = writeln!(out, "<h3>{}</h3>", esc(&name));
        let header = [
            h(esc(&tr!(s, "report-col-first"))),
            h(esc(&tr!(s, "report-col-title"))),
            h(esc(&tr!(s, "report-col-kind"))),
            h(esc(&tr!(s, "report-col-responsible"))),
            h(esc(&tr!(s, "report-col-status"))),
        ];
        let rows = |list: &[super::ActivityRow]| -> Vec<Vec<(String, bool)>> {
            list.iter()
                .filter_map(|row| items.activity(row.id).map(|a| (row, a)))
                .map(|(row, a)| {
                    let when = if row.first == row.last {
                        words::date(s, row.first)
                    } else {
                        format!(
                            "{} – {}",
                            words::date(s, row.first),
                            words::date(s, row.last)
                        )
                    };
                    let times = if row.occurrences > 1 {
                        format!(" (×{})", row.occurrences)
                    } else {
                        String::new()
                    };
                    let who = std::iter::once(a.responsible.to_string())
                        .chain(a.contributors.iter().map(ToString::to_string))
                        .collect::<Vec<_>>()
                        .join(", ");
                    let mut status = esc(&words::status(s, a.status));
                    if !a.notes.trim().is_empty() && a.status.is_cancelled() {
                        let _ =
                            write!(status, "<br><span class=\"small\">{}</span>", esc(&a.notes));
                    }
                    vec![
                        t(when + &times),
                        (
                            format!("<span class=\"title\">{}</span>", esc(&a.title)),
                            false,
                        ),
                        t(words::kind(s, a.kind)),
                        t(who),
                        (status, false),
                    ]
                })
                .collect()
        };
        table(
            &mut out,
            &[],
            &header,
            &rows(&wp.activities),
            &tr!(s, "report-none"),
        );
        if !wp.not_done.is_empty() {
            let _ = writeln!(
                out,
                "<p class=\"title\">{}</p>",
                esc(&tr!(s, "report-part-not-done"))
            );
            table(&mut out, &[], &header, &rows(&wp.not_done), "");
        }
    }

    // Deliverables.
    let _ = writeln!(out, "<h2>{}</h2>", esc(&tr!(s, "report-part-deliverables")));
    let rows: Vec<_> = pack
        .deliverables
        .iter()
        .filter_map(|row| items.deliverable(row.id).map(|d| (row, d)))
        .map(|(row, d)| {
            let mut status = esc(&words::deliverable_status(s, d.status));
            if row.overdue_at_end {
                let _ = write!(
                    status,
                    " <span class=\"warning\">{}</span>",
                    esc(&tr!(s, "report-overdue"))
                );
            }
            vec![
                t(&d.code),
                (
                    format!("<span class=\"title\">{}</span>", esc(&d.title)),
                    false,
                ),
                t(words::date(s, d.due)),
                (status, false),
                t(d.submitted
                    .map_or_else(String::new, |day| words::date(s, day))),
            ]
        })
        .collect();
    table(
        &mut out,
        &[],
        &[
            h(esc(&tr!(s, "report-col-code"))),
            h(esc(&tr!(s, "report-col-title"))),
            h(esc(&tr!(s, "report-col-due"))),
            h(esc(&tr!(s, "report-col-status"))),
            h(esc(&tr!(s, "report-col-submitted"))),
        ],
        &rows,
        &tr!(s, "report-none"),
    );

    // Indicators.
    let _ = writeln!(out, "<h2>{}</h2>", esc(&tr!(s, "report-part-indicators")));
    let rows: Vec<_> = pack
        .indicators
        .iter()
        .filter_map(|row| plan.indicator(row.id).map(|i| (row, i)))
        .map(|(row, i)| {
            vec![
                t(&i.code),
                t(format!("{} ({})", i.name, i.unit)),
                n(s, row.this_period),
                n(s, row.before),
                n(s, row.cumulative),
                n(s, row.target),
                hn(format!("{:.0} %", f64::from(row.share) * 100.0)),
            ]
        })
        .collect();
    table(
        &mut out,
        &[9, 26, 13, 15, 12, 12, 13],
        &[
            h(esc(&tr!(s, "report-col-code"))),
            h(esc(&tr!(s, "report-col-title"))),
            hn(esc(&tr!(s, "report-col-this-period"))),
            hn(esc(&tr!(s, "report-col-before"))),
            hn(esc(&tr!(s, "report-col-cumulative"))),
            hn(esc(&tr!(s, "report-col-target"))),
            hn(esc(&tr!(s, "report-col-share"))),
        ],
        &rows,
        &tr!(s, "report-none"),
    );
    for row in &pack.indicators {
        let (Some(i), false) = (plan.indicator(row.id), row.evidence.is_empty()) else {
            continue;
        };
        let _ = writeln!(
            out,
            "<h3>{}</h3>",
            esc(&tr!(
                s,
                "report-evidence",
                indicator = format!("{} {}", i.code, i.name)
            ))
        );
        let rows: Vec<_> = row
            .evidence
            .iter()
            .filter_map(|id| items.entry(*id))
            .map(|e| {
                let link = e.link.as_deref().map_or_else(String::new, |l| {
                    let lower = l.trim().to_ascii_lowercase();
                    if lower.starts_with("https://") || lower.starts_with("http://") {
                        format!("<a href=\"{0}\">{0}</a>", esc(l.trim()))
                    } else {
                        esc(l)
                    }
                });
                vec![
                    t(words::date(s, e.date)),
                    t(e.partner.as_str()),
                    t(&e.title),
                    (format!("<span class=\"email\">{link}</span>"), false),
                ]
            })
            .collect();
        table(
            &mut out,
            &[],
            &[
                h(esc(&tr!(s, "report-col-date"))),
                h(esc(&tr!(s, "report-col-partner"))),
                h(esc(&tr!(s, "report-col-title"))),
                h(esc(&tr!(s, "report-col-link"))),
            ],
            &rows,
            "",
        );
    }

    // Partners.
    let _ = writeln!(out, "<h2>{}</h2>", esc(&tr!(s, "report-part-partners")));
    let rows: Vec<_> = pack
        .partners
        .iter()
        .map(|row| {
            vec![
                t(plan
                    .partner(&row.id)
                    .map_or(row.id.to_string(), |p| format!("{} — {}", p.id, p.name))),
                n(s, row.activities as u64),
                n(s, row.entries as u64),
                n(s, row.reach),
                n(s, row.participants),
            ]
        })
        .collect();
    table(
        &mut out,
        &[36, 14, 16, 18, 16],
        &[
            h(esc(&tr!(s, "report-col-partner"))),
            hn(esc(&tr!(s, "report-col-activities"))),
            hn(esc(&tr!(s, "report-col-entries"))),
            hn(esc(&tr!(s, "report-col-reach"))),
            hn(esc(&tr!(s, "report-col-participants"))),
        ],
        &rows,
        &tr!(s, "report-none"),
    );
    if !pack.silent.is_empty() {
        let names: Vec<String> = pack.silent.iter().map(ToString::to_string).collect();
        let _ = writeln!(
            out,
            "<p class=\"warning\">{}</p>",
            esc(&tr!(s, "report-silent", partners = names.join(", ")))
        );
    }

    // Target groups.
    let _ = writeln!(out, "<h2>{}</h2>", esc(&tr!(s, "report-part-groups")));
    let rows: Vec<_> = pack
        .groups
        .iter()
        .map(|row| {
            vec![
                t(words::target_group(s, row.group)),
                n(s, row.entries as u64),
                n(s, row.reach),
            ]
        })
        .collect();
    table(
        &mut out,
        &[],
        &[
            h(esc(&tr!(s, "report-col-group"))),
            hn(esc(&tr!(s, "report-col-entries"))),
            hn(esc(&tr!(s, "report-col-reach"))),
        ],
        &rows,
        &tr!(s, "report-none"),
    );

    // Warnings.
    let _ = writeln!(out, "<h2>{}</h2>", esc(&tr!(s, "report-part-warnings")));
    if pack.warnings.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"empty\">{}</p>",
            esc(&tr!(s, "report-no-warnings"))
        );
    } else {
        out.push_str("<ul>\n");
        for warning in &pack.warnings {
            let _ = writeln!(
                out,
                "<li>{}</li>",
                esc(&warning_text(plan, &items, s, warning))
            );
        }
        out.push_str("</ul>\n");
    }
    let _ = writeln!(
        out,
        "<footer>{}</footer>\n</body>\n</html>",
        esc(&tr!(
            s,
            "export-html-generated",
            date = words::date(s, now.date_naive())
        ))
    );
    out
}
