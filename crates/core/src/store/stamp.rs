//! What a plan file was when this program last read or wrote it, to tell
//! an outside change (a sync client, a text editor, another program) from
//! our own writes before saving over it.

use std::fmt;
use std::fs;
use std::hash::Hasher;
use std::io::{self, Read};
use std::path::Path;
use std::time::SystemTime;

/// A file's size (bytes), modification time and a hash of its content.
/// Two stamps are equal when all three are: an edit that keeps the size
/// and the time (a sync client setting the time back) still changes the
/// hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// Length in bytes.
    pub size: u64,
    /// Last modification time, where the file system keeps one.
    pub modified: Option<SystemTime>,
    /// SipHash-1-3 (std's `DefaultHasher`, fixed keys) of the content.
    pub hash: u64,
}

impl Stamp {
    /// The stamp of `bytes`, as read from or written to a file last
    /// modified at `modified`.
    pub fn new(bytes: &[u8], modified: Option<SystemTime>) -> Self {
        Self {
            size: bytes.len() as u64,
            modified,
            hash: hash(bytes),
        }
    }

    /// The stamp of the file at `path` now (links followed); `None` when
    /// there is no file.
    ///
    /// Errors: the file exists but cannot be read.
    pub fn read(path: &Path) -> io::Result<Option<Self>> {
        let mut file = match fs::File::open(path) {
            Ok(file) => file,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(error) => return Err(error),
        };
        let metadata = file.metadata()?;
        // Hash in pieces: the file may be large, and is not kept.
        let mut hasher = std::hash::DefaultHasher::new();
        let mut buffer = vec![0; 256 * 1024];
        let mut size = 0u64;
        loop {
            let read = file.read(&mut buffer)?;
            if read == 0 {
                break;
            }
            hasher.write(&buffer[..read]);
            size += read as u64;
        }
        Ok(Some(Self {
            size,
            modified: metadata.modified().ok(),
            hash: hasher.finish(),
        }))
    }
}

/// The hash [`Stamp::read`] computes piecewise (std's SipHash buffers
/// partial blocks, so how the bytes are split does not matter; a test
/// checks it).
fn hash(bytes: &[u8]) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    for piece in bytes.chunks(256 * 1024) {
        hasher.write(piece);
    }
    hasher.finish()
}

/// What a save did besides writing the plan.
#[derive(Debug, Clone)]
pub struct Saved {
    /// The file as written, for the next save to check against.
    pub stamp: Stamp,
    /// Why the backup before the save could not be made (the save went on).
    pub backup_failed: Option<String>,
}

/// The marker error of a save refused because the file changed on disk
/// since it was read (see [`super::SaveError::is_conflict`]).
#[derive(Debug)]
pub struct ChangedOnDisk;

impl fmt::Display for ChangedOnDisk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the file changed on disk")
    }
}

impl std::error::Error for ChangedOnDisk {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_read_back_has_the_stamp_it_was_written_with() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        let bytes: Vec<u8> = (0..700_001u32).map(|i| (i % 251) as u8).collect();
        fs::write(&path, &bytes).unwrap();
        let modified = fs::metadata(&path).unwrap().modified().ok();
        assert_eq!(
            Stamp::read(&path).unwrap(),
            Some(Stamp::new(&bytes, modified))
        );
        let mut other = bytes.clone();
        other[500_000] ^= 1;
        assert_ne!(Stamp::new(&other, modified), Stamp::new(&bytes, modified));
        assert_eq!(Stamp::read(&dir.path().join("none")).unwrap(), None);
    }
}
