//! Whole-plan checks for files that were written by hand or by an older
//! program: duplicate ids, dangling references, broken dates.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::hash::Hash;

use super::edit::Subject;
use super::ids::{Entity, Key};
use super::plan::Plan;
use super::validate::{self, EditError, Index};
use crate::fl;

/// Errors stop a plan from loading; warnings are only reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One thing wrong with a plan, and which item it is about.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub severity: Severity,
    pub subject: Subject,
    /// The item's id as written in the file ("12", "VEN"), to find it.
    pub id: String,
    /// The item as people call it ("Activity A12", "Partner VEN").
    pub label: String,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => fl!("check-error"),
            Severity::Warning => fl!("check-warning"),
        };
        write!(f, "{level}: {}: {}", self.label, self.message)
    }
}

fn finding<T: Entity>(item: &T, subject: Subject, severity: Severity, message: String) -> Finding {
    Finding {
        severity,
        subject,
        id: item.id().key(),
        label: format!("{subject} {}", item.id()),
        message,
    }
}

/// Checks one list: ids used twice, then each item by `rule`.
fn list<T: Entity>(
    items: &[T],
    subject: Subject,
    rule: impl Fn(&T) -> Result<(), EditError>,
    out: &mut Vec<Finding>,
) where
    T::Id: Hash,
{
    let mut seen = HashSet::with_capacity(items.len());
    for item in items {
        if !seen.insert(item.id()) {
            out.push(finding(
                item,
                subject,
                Severity::Error,
                fl!("check-duplicate-id"),
            ));
        }
        if let Err(problem) = rule(item) {
            out.push(finding(item, subject, Severity::Error, problem.to_string()));
        }
    }
}

/// Checks every item of the plan with the same rules edits obey.
pub fn plan(plan: &Plan) -> Vec<Finding> {
    let mut out = Vec::new();
    let index = Index::new(plan);
    if let Err(problem) = validate::project(&index, &plan.project) {
        out.push(Finding {
            severity: Severity::Error,
            subject: Subject::Project,
            id: String::new(),
            label: Subject::Project.to_string(),
            message: problem.to_string(),
        });
    }
    list(
        &plan.partners,
        Subject::Partner,
        validate::partner,
        &mut out,
    );
    list(
        &plan.work_packages,
        Subject::WorkPackage,
        |w| validate::work_package(&index, w),
        &mut out,
    );
    list(
        &plan.activities,
        Subject::Activity,
        |a| validate::activity(&index, a),
        &mut out,
    );
    list(
        &plan.deliverables,
        Subject::Deliverable,
        |d| validate::deliverable(&index, d),
        &mut out,
    );
    list(
        &plan.log,
        Subject::Entry,
        |e| validate::entry(&index, e),
        &mut out,
    );
    list(
        &plan.indicators,
        Subject::Indicator,
        |i| validate::indicator(&index, i),
        &mut out,
    );

    let project = &plan.project;
    for a in &plan.activities {
        if a.when.start_date() > project.end || a.when.end_date() < project.start {
            let message = fl!("check-outside-project", title = a.title.as_str());
            out.push(finding(a, Subject::Activity, Severity::Warning, message));
        }
    }
    out
}

/// Finds where an item is written in a plan file, as (line, column), both
/// counted from 1. Falls back to the section, then to the top. For many
/// items, use one [`Locator`]: each call here reads the whole text.
pub fn locate(text: &str, subject: Subject, id: &str) -> (usize, usize) {
    Locator::new(text).locate(subject, id)
}

fn section(subject: Subject) -> &'static str {
    match subject {
        Subject::Project => "project:",
        Subject::Partner => "partners:",
        Subject::WorkPackage => "work_packages:",
        Subject::Activity => "activities:",
        Subject::Deliverable => "deliverables:",
        Subject::Entry => "log:",
        Subject::Indicator => "indicators:",
    }
}

/// Finds items in a plan file in time linear in its size: the line starts
/// are indexed once, and each section's `id:` fields once, however many
/// items are asked for.
pub struct Locator<'a> {
    text: &'a str,
    /// Byte offsets where lines start (the first is 0).
    lines: Vec<usize>,
    /// Per section (by its name): where it starts, and the first offset of
    /// each id written after it.
    sections: HashMap<&'static str, (usize, HashMap<&'a str, usize>)>,
}

impl<'a> Locator<'a> {
    /// Indexes the line starts of `text` (one pass; 8 bytes per line).
    pub fn new(text: &'a str) -> Self {
        let lines = std::iter::once(0).chain(memchr_lines(text)).collect();
        Self {
            text,
            lines,
            sections: HashMap::new(),
        }
    }

    /// Where the item with `id` of kind `subject` is written (see
    /// [`locate`]): the first `id: ID` after its section's name.
    pub fn locate(&mut self, subject: Subject, id: &str) -> (usize, usize) {
        let name = section(subject);
        let text = self.text;
        let (start, ids) = self
            .sections
            .entry(name)
            .or_insert_with(|| index_ids(text, name));
        let offset = ids.get(id).copied().unwrap_or(*start);
        self.line_column(offset)
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.lines.partition_point(|&start| start <= offset);
        let start = self.lines[line.saturating_sub(1)];
        let column = self
            .text
            .get(start..offset)
            .map_or(0, |l| l.chars().count());
        (line, column + 1)
    }
}

/// Offsets just after each newline.
fn memchr_lines(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.bytes()
        .enumerate()
        .filter(|&(_, b)| b == b'\n')
        .map(|(at, _)| at + 1)
}

/// One pass over the text after the section's name: the first offset of
/// each `id: X` field (X a number, a name or a quoted string), where `id`
/// is a whole field name (not `partner_id`).
fn index_ids<'a>(text: &'a str, name: &str) -> (usize, HashMap<&'a str, usize>) {
    let start = text.find(name).unwrap_or(0);
    let mut ids = HashMap::new();
    let bytes = text.as_bytes();
    let mut from = start;
    while let Some(found) = text[from..].find("id: ") {
        let at = from + found;
        from = at + 4;
        let whole =
            at == 0 || !matches!(bytes[at - 1], b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_');
        if !whole {
            continue;
        }
        let rest = &text[from..];
        let id = if let Some(quoted) = rest.strip_prefix('"') {
            quoted.find('"').map(|end| &quoted[..end])
        } else {
            rest.find([',', ')', '\n']).map(|end| rest[..end].trim())
        };
        if let Some(id) = id {
            ids.entry(id).or_insert(at);
        }
    }
    (start, ids)
}

/// The 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}
