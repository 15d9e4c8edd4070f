//! Whole-plan checks for files that were written by hand or by an older
//! program: duplicate ids, dangling references, broken dates.

use std::collections::HashSet;
use std::fmt;
use std::hash::Hash;

use super::edit::Subject;
use super::ids::Entity;
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
    /// The item's id as written in the file ("12", "VEN").
    pub id: String,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => fl!("check-error"),
            Severity::Warning => fl!("check-warning"),
        };
        write!(f, "{level}: {} {}: {}", self.subject, self.id, self.message)
    }
}

fn duplicates<T: Entity>(items: &[T], subject: Subject, out: &mut Vec<Finding>)
where
    T::Id: Hash,
{
    let mut seen = HashSet::with_capacity(items.len());
    for item in items {
        if !seen.insert(item.id()) {
            out.push(Finding {
                severity: Severity::Error,
                subject,
                id: item.id().to_string(),
                message: EditError::DuplicateId {
                    subject,
                    id: item.id().to_string(),
                }
                .to_string(),
            });
        }
    }
}

/// Checks every item of the plan with the same rules edits obey.
pub fn plan(plan: &Plan) -> Vec<Finding> {
    let mut out = Vec::new();
    duplicates(&plan.partners, Subject::Partner, &mut out);
    duplicates(&plan.work_packages, Subject::WorkPackage, &mut out);
    duplicates(&plan.activities, Subject::Activity, &mut out);
    duplicates(&plan.deliverables, Subject::Deliverable, &mut out);
    duplicates(&plan.log, Subject::Entry, &mut out);
    duplicates(&plan.indicators, Subject::Indicator, &mut out);

    let index = Index::new(plan);
    let mut error = |subject: Subject, id: String, result: Result<(), EditError>| {
        if let Err(problem) = result {
            out.push(Finding {
                severity: Severity::Error,
                subject,
                id,
                message: problem.to_string(),
            });
        }
    };
    error(
        Subject::Project,
        String::new(),
        validate::project(&index, &plan.project),
    );
    for p in &plan.partners {
        error(Subject::Partner, p.id.to_string(), validate::partner(p));
    }
    for w in &plan.work_packages {
        error(
            Subject::WorkPackage,
            w.id.to_string(),
            validate::work_package(&index, w),
        );
    }
    for a in &plan.activities {
        error(
            Subject::Activity,
            a.id.0.to_string(),
            validate::activity(&index, a),
        );
    }
    for d in &plan.deliverables {
        error(
            Subject::Deliverable,
            d.id.0.to_string(),
            validate::deliverable(&index, d),
        );
    }
    for e in &plan.log {
        error(
            Subject::Entry,
            e.id.0.to_string(),
            validate::entry(&index, e),
        );
    }
    for i in &plan.indicators {
        error(
            Subject::Indicator,
            i.id.0.to_string(),
            validate::indicator(&index, i),
        );
    }

    let project = &plan.project;
    for a in &plan.activities {
        if a.when.start_date() > project.end || a.when.end_date() < project.start {
            out.push(Finding {
                severity: Severity::Warning,
                subject: Subject::Activity,
                id: a.id.0.to_string(),
                message: fl!("check-outside-project", title = a.title.as_str()),
            });
        }
    }
    out
}

/// Finds where an item is written in a plan file, as (line, column), both
/// counted from 1. Falls back to the section, then to the top.
pub fn locate(text: &str, subject: Subject, id: &str) -> (usize, usize) {
    let section = match subject {
        Subject::Project => "project:",
        Subject::Partner => "partners:",
        Subject::WorkPackage => "work_packages:",
        Subject::Activity => "activities:",
        Subject::Deliverable => "deliverables:",
        Subject::Entry => "log:",
        Subject::Indicator => "indicators:",
    };
    let start = text.find(section).unwrap_or(0);
    let wanted = [
        format!("id: {id},"),
        format!("id: {id})"),
        format!("id: \"{id}\""),
    ];
    let offset = wanted
        .iter()
        .filter_map(|w| text[start..].find(w.as_str()).map(|at| start + at))
        .min()
        .unwrap_or(start);
    line_column(text, offset)
}

/// The 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}
