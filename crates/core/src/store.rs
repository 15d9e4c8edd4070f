//! Plans on disk: pretty-printed RON that a person can read and diff,
//! versioned, written atomically, backed up, and locked against a second
//! writer. Nothing here ever overwrites a file it could not read.

pub mod atomic;
pub mod backup;
mod line;
pub mod lock;
mod migrate;
mod name;
pub mod paths;
mod save;
mod stamp;
pub mod text;

use std::fmt;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::check::{self, Finding, Severity};
use super::plan::{Plan, VERSION};
use crate::fl;

pub use name::{is_plan_file_name, plan_name, same_file};
pub use save::{SaveError, save, save_checked};
pub use stamp::{ChangedOnDisk, Saved, Stamp};

/// Plans larger than this are refused rather than read into memory.
pub const MAX_FILE_SIZE: u64 = 512 * 1024 * 1024;

/// The file name of the default plan in the data folder.
pub const DEFAULT_FILE: &str = "plan.ron";

/// Why a plan could not be loaded. Every variant names the file; those about
/// its content say where in it.
#[derive(Debug)]
pub enum LoadError {
    NotFound {
        path: PathBuf,
    },
    Io {
        path: PathBuf,
        source: io::Error,
    },
    TooLarge {
        path: PathBuf,
        size: u64,
    },
    NotText {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    TooNew {
        path: PathBuf,
        found: u32,
    },
    TooOld {
        path: PathBuf,
        found: u32,
    },
    Invalid {
        path: PathBuf,
        problems: Vec<(usize, usize, Finding)>,
    },
}

impl std::error::Error for LoadError {}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotFound { path } => {
                write!(f, "{}: {}", path.display(), fl!("load-not-found"))
            }
            LoadError::Io { path, source } => {
                write!(
                    f,
                    "{}: {}",
                    path.display(),
                    fl!("load-io", reason = source.to_string())
                )
            }
            LoadError::TooLarge { path, size } => {
                let megabytes = size / (1024 * 1024);
                let limit = MAX_FILE_SIZE / (1024 * 1024);
                let text = fl!("load-too-large", megabytes = megabytes, limit = limit);
                write!(f, "{}: {text}", path.display())
            }
            LoadError::NotText { path, line, column } => {
                write!(
                    f,
                    "{}:{line}:{column}: {}",
                    path.display(),
                    fl!("load-not-text")
                )
            }
            LoadError::Syntax {
                path,
                line,
                column,
                message,
            } => write!(
                f,
                "{}:{line}:{column}: {}",
                path.display(),
                fl!("load-syntax", reason = message.as_str())
            ),
            LoadError::TooNew { path, found } => write!(
                f,
                "{}: {}",
                path.display(),
                fl!("load-too-new", found = found, supported = VERSION)
            ),
            LoadError::TooOld { path, found } => {
                write!(
                    f,
                    "{}: {}",
                    path.display(),
                    fl!("load-too-old", found = found)
                )
            }
            LoadError::Invalid { path, problems } => {
                let lines: Vec<String> = problems
                    .iter()
                    .map(|(line, column, finding)| {
                        format!("{}:{line}:{column}: {finding}", path.display())
                    })
                    .collect();
                f.write_str(&lines.join("\n"))
            }
        }
    }
}

impl LoadError {
    /// A file that exists but cannot be used as it is: the person may want
    /// a backup instead.
    pub fn is_damaged(&self) -> bool {
        matches!(
            self,
            LoadError::NotText { .. } | LoadError::Syntax { .. } | LoadError::Invalid { .. }
        )
    }
}

#[derive(Deserialize)]
struct Probe {
    version: u32,
}

fn ron_options() -> ron::Options {
    ron::Options::default().with_recursion_limit(64)
}

fn syntax(path: &Path, error: &ron::error::SpannedError) -> LoadError {
    LoadError::Syntax {
        path: path.to_path_buf(),
        line: error.span.start.line,
        column: error.span.start.col,
        message: error.code.to_string(),
    }
}

/// Reads a plan from text, migrating older versions and checking it. A
/// leading byte order mark (Windows Notepad writes one) is skipped.
pub fn parse(text: &str, path: &Path) -> Result<Plan, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let options = ron_options();
    let version = match text::quick_version(text) {
        Some(version) => version,
        None => {
            options
                .from_str::<Probe>(text)
                .map_err(|e| syntax(path, &e))?
                .version
        }
    };
    let plan = match version {
        v if v > VERSION => {
            return Err(LoadError::TooNew {
                path: path.to_path_buf(),
                found: v,
            });
        }
        VERSION => match text::decode_fast(text, &options) {
            Some(plan) => plan,
            None => options
                .from_str::<Plan>(text)
                .map_err(|e| syntax(path, &e))?,
        },
        v => migrate::from(v, text, &options)
            .ok_or_else(|| LoadError::TooOld {
                path: path.to_path_buf(),
                found: v,
            })?
            .map_err(|e| syntax(path, &e))?,
    };
    // The text's lines are indexed only when there is a problem to place.
    let mut locator = None;
    let problems: Vec<(usize, usize, Finding)> = check::plan(&plan)
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| {
            let (line, column) = locator
                .get_or_insert_with(|| check::Locator::new(text))
                .locate(f.subject, &f.id);
            (line, column, f)
        })
        .collect();
    if problems.is_empty() {
        Ok(plan)
    } else {
        Err(LoadError::Invalid {
            path: path.to_path_buf(),
            problems,
        })
    }
}

/// Reads the file's text, refusing what is too large or not UTF-8.
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    read_text_stamped(path).map(|(text, _)| text)
}

/// [`read_text`], with the [`Stamp`] of what was read.
pub fn read_text_stamped(path: &Path) -> Result<(String, Stamp), LoadError> {
    let io_error = |source: io::Error| match source.kind() {
        io::ErrorKind::NotFound => LoadError::NotFound {
            path: path.to_path_buf(),
        },
        _ => LoadError::Io {
            path: path.to_path_buf(),
            source,
        },
    };
    let file = fs::File::open(path).map_err(io_error)?;
    let metadata = file.metadata().map_err(io_error)?;
    let size = metadata.len();
    if size > MAX_FILE_SIZE {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            size,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(MAX_FILE_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_FILE_SIZE {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
        });
    }
    let stamp = Stamp::new(&bytes, metadata.modified().ok());
    let text = String::from_utf8(bytes).map_err(|error| {
        let valid = error.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&error.as_bytes()[..valid]);
        let (line, column) = check::line_column(&text, text.len());
        LoadError::NotText {
            path: path.to_path_buf(),
            line,
            column,
        }
    })?;
    Ok((text, stamp))
}

/// Loads and checks a plan file.
pub fn load(path: &Path) -> Result<Plan, LoadError> {
    parse(&read_text(path)?, path)
}

/// [`load`], with the [`Stamp`] of the file as it was read: what a later
/// [`save_checked`] compares the disk with.
pub fn load_stamped(path: &Path) -> Result<(Plan, Stamp), LoadError> {
    let (text, stamp) = read_text_stamped(path)?;
    Ok((parse(&text, path)?, stamp))
}

/// The plan as RON, the way it is written to disk (see [`text`]).
pub fn to_text(plan: &Plan) -> String {
    text::encode(plan).unwrap_or_default()
}

/// The newest backup of `plan` that loads cleanly, with its content.
pub fn newest_good_backup(plan: &Path, policy: &backup::Policy) -> Option<(PathBuf, Plan)> {
    policy
        .list(plan)
        .into_iter()
        .find_map(|candidate| load(&candidate).ok().map(|p| (candidate, p)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_written_text_reads_back_the_same() {
        let plan = super::super::sample::plan().unwrap();
        let text = to_text(&plan);
        assert!(
            text.contains("\n    log: [\n        (id: 1, "),
            "one line per log entry"
        );
        assert_eq!(parse(&text, Path::new("x.ron")).unwrap(), plan);
    }

    #[test]
    fn a_newer_version_is_refused_and_an_older_one_migrated() {
        let error = parse("(version: 99, project: ())", Path::new("x.ron")).unwrap_err();
        assert!(
            matches!(error, LoadError::TooNew { found: 99, .. }),
            "{error:?}"
        );
        let old = super::super::sample::TEXT
            .replace("version: 2,", "version: 1,")
            .replace("    log: [", "    dissemination: [");
        let migrated = parse(&old, Path::new("old.ron")).unwrap();
        assert_eq!(
            migrated.log.len(),
            super::super::sample::plan().unwrap().log.len()
        );
        assert_eq!(migrated.version, VERSION);
        assert!(matches!(
            parse("(version: 0)", Path::new("x.ron")),
            Err(LoadError::TooOld { .. })
        ));
    }

    #[test]
    fn a_plan_too_large_to_open_again_is_not_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.commplan.ron");
        fs::write(&path, "the old plan").unwrap();
        let plan = super::super::sample::plan().unwrap();
        let limit = to_text(&plan).len() as u64 - 1;
        let error = save::save_within(&path, &plan, None, None, limit).unwrap_err();
        assert!(
            error.to_string().contains("could not be opened again"),
            "{error}"
        );
        assert_eq!(fs::read_to_string(&path).unwrap(), "the old plan");
        assert!(save::save_within(&path, &plan, None, None, limit + 1).is_ok());
    }

    #[test]
    fn syntax_errors_say_line_and_column() {
        let text = "(\n    version: 2,\n    project: (name: \"x\" acronym: \"\"),\n)";
        let error = parse(text, Path::new("broken.ron")).unwrap_err();
        let message = error.to_string();
        assert!(message.starts_with("broken.ron:3:"), "{message}");
        assert!(error.is_damaged());
    }
}
