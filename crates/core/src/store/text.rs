//! The plan's text on disk: pretty RON, one field per line, except the
//! dissemination log, a ledger written one entry per line. Large plans are
//! encoded and decoded on two threads; a file laid out any other way (or
//! with an error in it) is read by the plain parser, which reports where.

use serde::Serialize;

use crate::plan::{NextIds, Plan, Project};
use crate::{Activity, Deliverable, Indicator, LogEntry, Partner, WorkPackage};

/// The plan as written, with the log left empty for its own lines.
#[derive(Serialize)]
struct Layout<'a> {
    version: u32,
    project: &'a Project,
    partners: &'a [Partner],
    work_packages: &'a [WorkPackage],
    activities: &'a [Activity],
    deliverables: &'a [Deliverable],
    log: &'a [LogEntry],
    indicators: &'a [Indicator],
    next_ids: NextIds,
}

/// Where the log goes in the pretty text, empty.
const LOG_SLOT: &str = "\n    log: [],\n";
/// How the log starts and ends when it has its own lines.
const LOG_OPEN: &str = "\n    log: [\n";
const LOG_CLOSE: &str = "    ],\n";
const ENTRY_INDENT: &str = "        ";

/// Plans with fewer log entries than this are not worth a second thread.
const PARALLEL_FROM: usize = 2_000;

/// How many log lines take as long to write as one activity, deliverable
/// or partner of the head, written by `ron`'s pretty printer (measured on
/// the large test plan: about 5 µs against 0.6 µs).
const LINES_PER_HEAD_ITEM: usize = 8;

fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .indentor("    ")
        .struct_names(false)
        .separate_tuple_members(false)
        .depth_limit(3)
}

/// How `ron` writes one log entry on one line; [`super::line::write`]
/// writes the same bytes by hand (and is tested against this).
#[cfg(test)]
pub(super) fn one_line() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .struct_names(false)
        .compact_structs(true)
        .compact_arrays(true)
}

fn head(plan: &Plan) -> Option<String> {
    let layout = Layout {
        version: plan.version,
        project: &plan.project,
        partners: &plan.partners,
        work_packages: &plan.work_packages,
        activities: &plan.activities,
        deliverables: &plan.deliverables,
        log: &[],
        indicators: &plan.indicators,
        next_ids: plan.next_ids,
    };
    ron::ser::to_string_pretty(&layout, pretty()).ok()
}

fn entry_lines(entries: &[LogEntry]) -> Option<String> {
    let mut out = String::with_capacity(entries.len() * 280);
    for entry in entries {
        out.push_str(ENTRY_INDENT);
        // Straight into the text: no string of its own per entry.
        super::line::write(&mut out, entry);
        out.push_str(",\n");
    }
    Some(out)
}

/// The plan as RON text, or `None` if it could not be serialised (which
/// plain data never fails to be; `save` then refuses to write).
pub fn encode(plan: &Plan) -> Option<String> {
    let (head, lines) = if plan.log.len() < PARALLEL_FROM {
        (head(plan)?, entry_lines(&plan.log)?)
    } else {
        // Give the main thread the head and as many of the first lines as
        // even out the two threads' work, the helper the rest.
        let head_cost = (plan.activities.len() + plan.deliverables.len() + plan.partners.len())
            * LINES_PER_HEAD_ITEM;
        let split = ((head_cost + plan.log.len()) / 2)
            .saturating_sub(head_cost)
            .min(plan.log.len());
        let (first, rest) = plan.log.split_at(split);
        let (head, first, rest) = std::thread::scope(|scope| {
            let rest = scope.spawn(|| entry_lines(rest));
            let head = head(plan);
            let first = entry_lines(first);
            (head, first, rest.join().ok().flatten())
        });
        (head?, first? + &rest?)
    };
    let slot = head.find(LOG_SLOT)?;
    let mut out = String::with_capacity(head.len() + lines.len() + 32);
    out.push_str(&head[..slot]);
    out.push_str(LOG_OPEN);
    out.push_str(&lines);
    out.push_str(LOG_CLOSE);
    out.push_str(&head[slot + LOG_SLOT.len()..]);
    out.push('\n');
    Some(out)
}

/// Finds `version: N` as the first field of the plan without parsing the
/// rest. `None` for a file laid out otherwise; the caller then parses it.
pub fn quick_version(text: &str) -> Option<u32> {
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        match rest.strip_prefix("//") {
            Some(comment) => rest = comment.split_once('\n').map_or("", |(_, after)| after),
            None => break,
        }
    }
    let rest = rest.strip_prefix('(')?.trim_start();
    let rest = rest.strip_prefix("version")?.trim_start();
    let rest = rest.strip_prefix(':')?.trim_start();
    let digits = &rest[..rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len())];
    let after = rest[digits.len()..].trim_start();
    if after.starts_with(',') || after.starts_with(')') {
        digits.parse().ok()
    } else {
        None
    }
}

/// Decodes a plan in the layout [`encode`] writes, on two threads. `None`
/// when the text is laid out otherwise or has any error: the caller then
/// parses it the plain way, which says where the error is.
pub fn decode_fast(text: &str, options: &ron::Options) -> Option<Plan> {
    let open = text.find(LOG_OPEN)?;
    let body_start = open + LOG_OPEN.len();
    let close = body_start + find_line(&text[body_start..], LOG_CLOSE)?;
    let body = &text[body_start..close];
    // The rest of the plan is copied to be read on its own: only worth it
    // (and at most half the file more in memory) when the log is at least
    // half of the file.
    if body.len() < PARALLEL_FROM * 100 || body.len() < text.len() / 2 {
        return None;
    }
    let mut head = String::with_capacity(text.len() - body.len());
    head.push_str(&text[..open]);
    head.push_str(LOG_SLOT);
    head.push_str(&text[close + LOG_CLOSE.len()..]);

    // Balance the bytes: the main thread takes the head and some lines.
    let wanted = (text.len() / 2).saturating_sub(head.len()).min(body.len());
    let split = body[wanted..]
        .find('\n')
        .map_or(body.len(), |at| wanted + at + 1);
    let (first, rest) = body.split_at(split);
    // Each line is one entry, read on its own: no copy of the log's text,
    // and the first half's list has room for the second's (memory stays
    // near the file's size; a line that is not one entry falls back to
    // the plain parser).
    let lines = |text: &str| text.bytes().filter(|&b| b == b'\n').count();
    let entries = |text: &str, room: usize| -> Option<Vec<LogEntry>> {
        let mut out = Vec::with_capacity(lines(text) + room);
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let entry = line.strip_suffix(',').unwrap_or(line);
            out.push(options.from_str(entry).ok()?);
        }
        Some(out)
    };
    let room = lines(rest);
    let (plan, first, rest) = std::thread::scope(|scope| {
        let rest = scope.spawn(|| entries(rest, 0));
        let plan: Option<Plan> = options.from_str(&head).ok();
        drop(head);
        let first = entries(first, room);
        (plan, first, rest.join().ok().flatten())
    });
    let mut plan = plan?;
    let (mut first, rest) = (first?, rest?);
    if !plan.log.is_empty() {
        return None;
    }
    first.extend(rest);
    plan.log = first;
    Some(plan)
}

/// The byte offset of the first line equal to `line` (which ends in a
/// newline).
fn find_line(text: &str, line: &str) -> Option<usize> {
    let mut at = 0;
    while at <= text.len() {
        if text[at..].starts_with(line) {
            return Some(at);
        }
        at += text[at..].find('\n')? + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_is_found_without_a_full_parse() {
        assert_eq!(quick_version("(\n    version: 2,\n"), Some(2));
        assert_eq!(
            quick_version("// a comment\n// another\n(version:17)"),
            Some(17)
        );
        assert_eq!(
            quick_version("(\n    project: (),\n    version: 2,\n"),
            None
        );
        assert_eq!(quick_version("(version: 2x,"), None);
        assert_eq!(quick_version(""), None);
    }

    #[test]
    fn lines_are_found_only_whole() {
        assert_eq!(find_line("a\n    ],\n", "    ],\n"), Some(2));
        assert_eq!(find_line("x    ],\n", "    ],\n"), None);
    }
}
