//! The deliverables part of the printable page: on a partner's page what it
//! still owes, and apart from it what it already delivered; on the whole
//! plan's page every deliverable in range.

use std::fmt::Write as _;

use super::super::text::html as esc;
use super::super::{Scope, words};
use super::{link, partner_name};
use crate::deliverable::Deliverable;
use crate::i18n::Strings;
use crate::plan::Plan;
use crate::tr;

pub(super) fn deliverables(out: &mut String, plan: &Plan, scope: &Scope, s: &Strings) {
    let in_scope: Vec<&Deliverable> = plan
        .deliverables
        .iter()
        .filter(|d| scope.deliverable(d))
        .collect();
    match &scope.partner {
        // A partner's page: what is still to deliver, then (apart) what was
        // delivered already.
        Some(_) => {
            let (delivered, owed): (Vec<&Deliverable>, Vec<&Deliverable>) =
                in_scope.into_iter().partition(|d| d.status.is_delivered());
            deliverable_table(
                out,
                plan,
                &owed,
                &tr!(s, "export-html-deliverables-owed"),
                &tr!(s, "export-html-no-deliverables"),
                s,
            );
            if !delivered.is_empty() {
                deliverable_table(
                    out,
                    plan,
                    &delivered,
                    &tr!(s, "export-html-deliverables-delivered"),
                    "",
                    s,
                );
            }
        }
        None => deliverable_table(
            out,
            plan,
            &in_scope,
            &tr!(s, "export-html-deliverables"),
            &tr!(s, "export-html-no-deliverables"),
            s,
        ),
    }
}

fn deliverable_table(
    out: &mut String,
    plan: &Plan,
    rows: &[&Deliverable],
    heading: &str,
    none: &str,
    s: &Strings,
) {
    let _ = writeln!(
        out,
        "<section class=\"deliverables\"><h2>{}</h2>",
        esc(heading)
    );
    if rows.is_empty() {
        let _ = writeln!(out, "<p class=\"empty\">{}</p></section>", esc(none));
        return;
    }
    let _ = writeln!(
        out,
        "<table><thead><tr><th class=\"w-code\">{}</th><th class=\"w-title\">{}</th><th class=\"w-due\">{}</th><th class=\"w-lead\">{}</th><th class=\"w-status\">{}</th></tr></thead><tbody>",
        esc(&tr!(s, "export-html-code")),
        esc(&tr!(s, "export-html-title")),
        esc(&tr!(s, "export-html-due")),
        esc(&tr!(s, "export-html-lead")),
        esc(&tr!(s, "export-html-status"))
    );
    for d in rows {
        let mut title = esc(&d.title);
        if let Some(l) = &d.link {
            let _ = write!(title, "<br><span class=\"small\">{}</span>", link(l));
        }
        let _ = writeln!(
            out,
            "<tr><td class=\"title code\">{}</td><td>{title}</td><td class=\"when\">{}</td><td>{}</td><td>{}</td></tr>",
            esc(&d.code),
            esc(&words::date(s, d.due)),
            esc(&partner_name(plan, &d.lead)),
            esc(&words::deliverable_status(s, d.status))
        );
    }
    out.push_str("</tbody></table></section>\n");
}
