//! A plan's name as its file names it.

use std::path::Path;

/// The name of the plan in the file at `path`: the file name without its
/// `.commplan.ron` ending, or else without its `.ron` ending, or else the
/// whole file name. Only the ending is taken off, never a match inside the
/// name:
///
/// - `Alpine S3.commplan.ron` → `Alpine S3`
/// - `plan.ron` → `plan`
/// - `my.commplan.ron.backup.commplan.ron` → `my.commplan.ron.backup`
/// - `notes.txt` → `notes.txt`
///
/// Empty when the path has no file name (`/`, `..`) or is only the ending.
/// A file name that is not valid Unicode is read lossily (U+FFFD for what
/// cannot be read). New plans take this as their project's name, and each
/// plan's backups are kept in a folder named after it.
pub fn plan_name(path: &Path) -> String {
    let Some(file) = path.file_name() else {
        return String::new();
    };
    let file = file.to_string_lossy();
    file.strip_suffix(".commplan.ron")
        .or_else(|| file.strip_suffix(".ron"))
        .unwrap_or(&file)
        .to_owned()
}

/// `name` cut to at most `max` bytes at a character boundary: names made
/// from a plan's name (its lock file, its backups folder) must stay under
/// the 255 bytes most file systems allow, as the plan's own name may be
/// 255 bytes long.
pub(crate) fn shortened(name: &str, max: usize) -> &str {
    if name.len() <= max {
        return name;
    }
    let mut end = max;
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    &name[..end]
}

/// A small, stable hash (FNV-1a); not for security, only for file names.
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Is this a plan's file name (`….commplan.ron`, any case)? Exports and
/// templates never write over one.
pub fn is_plan_file_name(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.to_ascii_lowercase().ends_with(".commplan.ron"))
}

/// Are `a` and `b` the same file (links followed; on Unix the same device
/// and inode, so hard links count)? `false` when either does not exist.
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (std::fs::metadata(a), std::fs::metadata(b)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        match (a.canonicalize(), b.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(path: &str) -> String {
        plan_name(Path::new(path))
    }

    #[test]
    fn the_ending_is_taken_off_and_nothing_else() {
        assert_eq!(name("Alpine S3.commplan.ron"), "Alpine S3");
        assert_eq!(name("/home/a/plans/plan.ron"), "plan");
        assert_eq!(
            name("my.commplan.ron.backup.commplan.ron"),
            "my.commplan.ron.backup"
        );
        assert_eq!(name("draft.ron.ron"), "draft.ron");
        assert_eq!(name("2017.ron-notes.commplan.ron"), "2017.ron-notes");
        assert_eq!(name("notes.txt"), "notes.txt");
        assert_eq!(
            name("plan.RON"),
            "plan.RON",
            "the ending is matched exactly"
        );
    }

    #[test]
    fn no_file_name_is_an_empty_name() {
        assert_eq!(name("/"), "");
        assert_eq!(name(".."), "");
        assert_eq!(name(""), "");
        assert_eq!(name(".commplan.ron"), "");
    }
}
