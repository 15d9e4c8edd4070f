//! Crash-safe writes: the file on disk is always either the old content or
//! the new one, never a mix, even if the machine stops mid-save.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The steps of an atomic write, so tests can stop it between any two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Created,
    Wrote(usize),
    Synced,
    Renamed,
    DirSynced,
}

/// The temporary file a write of `path` by this process goes through.
pub fn temp_path(path: &Path) -> PathBuf {
    temp_path_for_pid(path, std::process::id())
}

/// The temporary file a write of `path` by process `pid` goes through (a
/// crashed process leaves it behind; nothing ever reads it).
pub fn temp_path_for_pid(path: &Path, pid: u32) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.tmp-{pid}"))
}

/// Writes `bytes` to `path` atomically: temp file in the same folder, fsync,
/// rename over the target, fsync the folder.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_with(path, bytes, |_| Ok(()))
}

/// [`write`](fn@write) with a hook called after each step; an error from the hook
/// aborts the write there, as a crash would (the temp file is left behind,
/// as after a real crash).
pub fn write_with(
    path: &Path,
    bytes: &[u8],
    mut hook: impl FnMut(Step) -> io::Result<()>,
) -> io::Result<()> {
    let temp = temp_path(path);
    let result = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&temp)?;
        hook(Step::Created)?;
        // Write in chunks so that a test can stop half way through.
        for chunk in bytes.chunks(64 * 1024) {
            file.write_all(chunk)?;
            hook(Step::Wrote(chunk.len()))?;
        }
        file.sync_all()?;
        hook(Step::Synced)?;
        drop(file);
        fs::rename(&temp, path)?;
        hook(Step::Renamed)?;
        sync_dir(path)?;
        hook(Step::DirSynced)
    })();
    if result.is_err()
        && temp.exists()
        && !matches!(result, Err(ref e) if e.kind() == io::ErrorKind::Interrupted)
    {
        // A real failure (disk full, no permission): clean up. An injected
        // crash (`Interrupted`) leaves the temp file, as a crash would.
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Makes the rename durable by syncing the folder that holds `path`.
fn sync_dir(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_interrupted_at_any_step_leaves_old_or_new() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        let old = b"old content".repeat(10_000);
        let new = b"new content!".repeat(20_000);
        // Count the steps of a whole write, then stop after each one.
        let mut steps = 0;
        write_with(&path, &new, |_| {
            steps += 1;
            Ok(())
        })
        .unwrap();
        assert!(steps > 5);
        for stop in 0..steps {
            fs::write(&path, &old).unwrap();
            let mut seen = 0;
            let result = write_with(&path, &new, |_| {
                seen += 1;
                if seen > stop {
                    Err(io::Error::new(io::ErrorKind::Interrupted, "crash"))
                } else {
                    Ok(())
                }
            });
            let on_disk = fs::read(&path).unwrap();
            assert!(
                on_disk == old || on_disk == new,
                "step {stop}: mixed content"
            );
            if result.is_ok() {
                assert_eq!(on_disk, new);
            }
            let _ = fs::remove_file(temp_path(&path));
        }
    }

    #[test]
    fn a_failed_write_removes_its_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("no-such-folder").join("plan.ron");
        assert!(write(&missing, b"x").is_err());
        assert!(!temp_path(&missing).exists());
    }
}
