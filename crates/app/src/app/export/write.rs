//! Writing exports to disk: one file, or one file per partner into a
//! folder, each written atomically (a crash leaves the old file or none).

use std::path::{Path, PathBuf};

use commplan_core::export::{self, Format, Request};
use commplan_core::publish::calendars::partner_language;
use commplan_core::{Plan, fl, store};

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Written {
    File(PathBuf),
    Folder { folder: PathBuf, files: usize },
}

/// Writes one export to `path`.
fn write_file(plan: &Plan, request: &Request, path: &Path) -> Result<Written, String> {
    let bytes = export::render(plan, request).map_err(|e| e.to_string())?;
    write_bytes(path, &bytes)?;
    Ok(Written::File(path.to_path_buf()))
}

fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if store::is_plan_file_name(path) || store::is_plan_file_name(&store::atomic::real_path(path)) {
        return Err(fl!("export-refuse-plan", path = path.display().to_string()));
    }
    store::atomic::write(path, bytes).map_err(|source| {
        store::SaveError {
            path: path.to_path_buf(),
            source,
        }
        .to_string()
    })
}

/// Writes one file per partner into `folder`, named after the partner;
/// two partners never share a name (see [`export::partner_file_names`]).
fn write_every_partner(plan: &Plan, request: &Request, folder: &Path) -> Result<Written, String> {
    let mut files = 0;
    for (partner, name) in export::partner_file_names(plan, request) {
        let mut one = request.clone();
        // Each partner's file in that partner's language, with that
        // language's CSV separator unless the person chose the other one.
        if let Some(p) = plan.partner(&partner) {
            one.language = partner_language(p);
            if request.csv.separator == export::csv::separator_for(&request.language) {
                one.csv.separator = export::csv::separator_for(&one.language);
            }
        }
        one.scope.partner = Some(partner);
        let bytes = match export::render(plan, &one) {
            Ok(bytes) => bytes,
            // A partner without items gets no empty calendar.
            Err(export::ExportError::NothingMatched) => continue,
            Err(e) => return Err(e.to_string()),
        };
        write_bytes(&folder.join(name), &bytes)?;
        files += 1;
    }
    Ok(Written::Folder {
        folder: folder.to_path_buf(),
        files,
    })
}

/// Makes sure a chosen path ends with the format's extension.
fn with_extension(path: PathBuf, format: Format) -> PathBuf {
    let wanted = format.extension();
    let has = path
        .extension()
        .is_some_and(|e| e.to_string_lossy().eq_ignore_ascii_case(wanted));
    if has {
        path
    } else {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(".");
        name.push(wanted);
        path.with_file_name(name)
    }
}

/// Where an export goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    File(PathBuf),
    EveryPartner(PathBuf),
}

impl Target {
    pub(super) fn write(self, plan: &Plan, request: &Request) -> Result<Written, String> {
        match self {
            Target::File(path) => write_file(plan, request, &with_extension(path, request.format)),
            Target::EveryPartner(folder) => write_every_partner(plan, request, &folder),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partners_whose_ids_give_one_name_get_a_file_each() {
        use commplan_core::PartnerId;
        let mut plan = commplan_core::sample::plan().unwrap();
        let template = plan.partners[0].clone();
        plan.partners.truncate(1);
        plan.partners[0].id = PartnerId::new("VEN");
        for id in ["ven", "HES-SO", "HES.SO"] {
            let mut partner = template.clone();
            partner.id = PartnerId::new(id);
            plan.partners.push(partner);
        }
        let dir = tempfile::tempdir().unwrap();
        // CSV: a table is written even for a partner without items (an
        // empty calendar is not written at all).
        let request = Request::new(Format::Csv, "en", chrono::Utc::now());
        let written = write_every_partner(&plan, &request, dir.path()).unwrap();
        assert_eq!(
            written,
            Written::Folder {
                folder: dir.path().to_path_buf(),
                files: 4
            }
        );
        let count = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(count, 4, "a file per partner, none written over");
    }

    #[test]
    fn an_export_never_writes_over_a_plan_file() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("mine.commplan.ron");
        std::fs::write(&plan, "plan").unwrap();
        assert!(write_bytes(&plan, b"BEGIN:VCALENDAR").is_err());
        assert_eq!(std::fs::read(&plan).unwrap(), b"plan");
    }

    #[test]
    fn chosen_paths_get_the_formats_extension() {
        assert_eq!(
            with_extension(PathBuf::from("/tmp/ven"), Format::Ics),
            PathBuf::from("/tmp/ven.ics")
        );
        assert_eq!(
            with_extension(PathBuf::from("/tmp/ven.ICS"), Format::Ics),
            PathBuf::from("/tmp/ven.ICS")
        );
        assert_eq!(
            with_extension(PathBuf::from("/tmp/plan.v2"), Format::Csv),
            PathBuf::from("/tmp/plan.v2.csv")
        );
    }
}
