//! Crash-safe writes: the file on disk is always either the old content or
//! the new one, never a mix, even if the machine stops mid-save.
//!
//! A write goes through the real file behind symbolic links, keeps the
//! file's mode (and owner where the system permits), refuses a read-only
//! file, and goes through a temporary file created exclusively under a
//! random name (`tempfile`), so a file planted in a shared folder is never
//! followed or written.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// The steps of an atomic write, so tests can stop it between any two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Created,
    Wrote(usize),
    Synced,
    Renamed,
    DirSynced,
}

/// Temporary files are named `.commplan-XXXXXXXXXX.tmp` (ten random
/// characters): short, so a target name of 255 bytes still saves.
const TEMP_PREFIX: &str = ".commplan-";
const TEMP_SUFFIX: &str = ".tmp";
const TEMP_RANDOM: usize = 10;

/// A temporary file of ours older than this was left by a crash (no save
/// takes an hour) and is removed by the next write in its folder.
const STALE_AFTER: Duration = Duration::from_secs(60 * 60);

/// The mode a file created anew gets, before the umask (Unix).
const NEW_MODE: u32 = 0o666;

/// The real file a write of `path` changes: `path` with its symbolic links
/// followed (a link to a plan elsewhere saves the plan, never replaces the
/// link). A path that does not exist yet is returned as given.
pub fn real_path(path: &Path) -> PathBuf {
    if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        if let Ok(real) = fs::canonicalize(path) {
            return real;
        }
        // A dangling link: write where it points.
        if let Ok(target) = fs::read_link(path) {
            return match path.parent() {
                Some(dir) if target.is_relative() => dir.join(target),
                _ => target,
            };
        }
    }
    path.to_path_buf()
}

/// Is `name` the name of one of our temporary files?
fn is_temp_name(name: &str) -> bool {
    name.starts_with(TEMP_PREFIX)
        && name.ends_with(TEMP_SUFFIX)
        && name.len() == TEMP_PREFIX.len() + TEMP_RANDOM + TEMP_SUFFIX.len()
}

/// The temporary files of ours in the folder of `path` (left by a crash, or
/// a write under way).
pub fn temp_files(path: &Path) -> Vec<PathBuf> {
    let dir = folder(path);
    let Ok(entries) = fs::read_dir(&dir) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_str().is_some_and(is_temp_name))
        .map(|e| e.path())
        .collect()
}

/// Removes our temporary files in the folder of `path` that a crash left
/// more than an hour ago, and the ones older versions named
/// `.NAME.tmp-PID`. Links are removed, never followed.
fn remove_stale(path: &Path) {
    let now = SystemTime::now();
    let old_prefix = path
        .file_name()
        .map(|n| format!(".{}.tmp-", n.to_string_lossy()));
    let Ok(entries) = fs::read_dir(folder(path)) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let ours = is_temp_name(name)
            || old_prefix.as_deref().is_some_and(|prefix| {
                name.strip_prefix(prefix)
                    .is_some_and(|pid| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
            });
        if !ours {
            continue;
        }
        let stale = fs::symlink_metadata(entry.path())
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| now.duration_since(t).ok())
            .is_some_and(|age| age >= STALE_AFTER);
        if stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn folder(path: &Path) -> PathBuf {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The error of writing over a file that is read-only for everyone (mode
/// 0444): it is never replaced, even where the folder would allow it.
fn read_only(path: &Path) -> io::Error {
    io::Error::new(
        io::ErrorKind::PermissionDenied,
        format!("{} is read-only", path.display()),
    )
}

/// Writes `bytes` to `path` atomically: temp file in the same folder, fsync,
/// rename over the target, fsync the folder.
///
/// Errors: any I/O error; `PermissionDenied` when the target is read-only.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_with(path, bytes, |_| Ok(()))
}

/// [`write`](fn@write) for files only their owner may read (backups): a
/// file created anew gets mode 0600.
pub fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_inner(path, bytes, 0o600, |_| Ok(()))
}

/// [`write`](fn@write) with a hook called after each step; an error from the hook
/// aborts the write there, as a crash would (the temp file is left behind,
/// as after a real crash).
pub fn write_with(
    path: &Path,
    bytes: &[u8],
    hook: impl FnMut(Step) -> io::Result<()>,
) -> io::Result<()> {
    write_inner(path, bytes, NEW_MODE, hook)
}

fn write_inner(
    path: &Path,
    bytes: &[u8],
    new_mode: u32,
    mut hook: impl FnMut(Step) -> io::Result<()>,
) -> io::Result<()> {
    let target = real_path(path);
    let existing = match fs::metadata(&target) {
        Ok(meta) => Some(meta),
        Err(error) if error.kind() == io::ErrorKind::NotFound => None,
        Err(error) => return Err(error),
    };
    if let Some(meta) = &existing {
        if !meta.is_file() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{} is not a regular file", target.display()),
            ));
        }
        if meta.permissions().readonly() {
            return Err(read_only(&target));
        }
    }
    remove_stale(&target);
    let dir = folder(&target);
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .rand_bytes(TEMP_RANDOM);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(new_mode));
    }
    #[cfg(not(unix))]
    let _ = new_mode;
    let temp = builder.tempfile_in(&dir)?;
    let result = (|| {
        hook(Step::Created)?;
        if let Some(meta) = &existing {
            keep_mode_and_owner(temp.as_file(), meta);
        }
        let mut file = temp.as_file();
        // Write in chunks so that a test can stop half way through.
        for chunk in bytes.chunks(64 * 1024) {
            file.write_all(chunk)?;
            hook(Step::Wrote(chunk.len()))?;
        }
        file.sync_all()?;
        hook(Step::Synced)
    })();
    if let Err(error) = result {
        if error.kind() == io::ErrorKind::Interrupted {
            // An injected crash leaves the temp file, as a crash would.
            let _ = temp.into_temp_path().keep();
        }
        return Err(error);
    }
    if existing.as_ref().is_some_and(is_hard_linked) {
        // A file with other names (hard links): a rename would part it from
        // them. Copy the synced new content into it instead; the temp file
        // stays until that is on disk, so a crash leaves it complete.
        let kept = temp.into_temp_path();
        write_in_place(&target, bytes)?;
        hook(Step::Renamed)?;
        let _ = kept.close();
        return hook(Step::DirSynced);
    }
    temp.persist(&target).map_err(|e| e.error)?;
    hook(Step::Renamed)?;
    sync_dir(&target)?;
    hook(Step::DirSynced)
}

#[cfg(unix)]
fn is_hard_linked(meta: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    meta.nlink() > 1
}

#[cfg(not(unix))]
fn is_hard_linked(_meta: &fs::Metadata) -> bool {
    false
}

fn write_in_place(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = OpenOptions::new().write(true).open(target)?;
    file.write_all(bytes)?;
    file.set_len(bytes.len() as u64)?;
    file.sync_all()
}

/// Gives the new file the old one's permissions, and its owner and group
/// where this process may (only root may give a file away; a group is kept
/// when the writer belongs to it). Failures leave the safe default (the
/// writer's own file, mode from the umask).
fn keep_mode_and_owner(file: &File, old: &fs::Metadata) {
    let _ = file.set_permissions(old.permissions());
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid())).is_err() {
            let _ = std::os::unix::fs::fchown(file, None, Some(old.gid()));
        }
    }
}

/// Makes the rename durable by syncing the folder that holds `path`.
fn sync_dir(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(folder(path))?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(())
    }
}

#[cfg(test)]
#[path = "atomic_tests.rs"]
mod tests;
