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
