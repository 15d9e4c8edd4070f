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
        for temp in temp_files(&path) {
            fs::remove_file(temp).unwrap();
        }
    }
}

#[test]
fn a_failed_write_removes_its_temp_file() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-folder").join("plan.ron");
    assert!(write(&missing, b"x").is_err());
    let target = dir.path().join("plan.ron");
    write_with(&target, b"x", |step| {
        if step == Step::Synced {
            Err(io::Error::other("disk full"))
        } else {
            Ok(())
        }
    })
    .unwrap_err();
    assert!(temp_files(&target).is_empty());
}

#[cfg(unix)]
mod unix {
    use super::*;
    use std::os::unix::fs::{MetadataExt, PermissionsExt, symlink};

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn a_save_through_a_symlink_changes_the_real_file_and_keeps_the_link() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.commplan.ron");
        fs::write(&real, "old").unwrap();
        let link = dir.path().join("link.commplan.ron");
        symlink(&real, &link).unwrap();
        write(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&real).unwrap(), b"new");
    }

    #[test]
    fn a_save_of_a_hard_linked_plan_changes_every_name() {
        let dir = tempfile::tempdir().unwrap();
        let first = dir.path().join("a.commplan.ron");
        let second = dir.path().join("b.commplan.ron");
        fs::write(&first, "old content, longer than the new").unwrap();
        fs::hard_link(&first, &second).unwrap();
        let inode = fs::metadata(&first).unwrap().ino();
        write(&second, b"new").unwrap();
        assert_eq!(fs::read(&first).unwrap(), b"new");
        assert_eq!(fs::metadata(&first).unwrap().ino(), inode);
        assert!(temp_files(&first).is_empty());
    }

    #[test]
    fn a_save_keeps_the_mode_and_refuses_a_read_only_file() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.ron");
        fs::write(&plan, "old").unwrap();
        fs::set_permissions(&plan, fs::Permissions::from_mode(0o600)).unwrap();
        write(&plan, b"new").unwrap();
        assert_eq!(mode(&plan), 0o600, "partner contacts stay private");
        fs::set_permissions(&plan, fs::Permissions::from_mode(0o640)).unwrap();
        write(&plan, b"newer").unwrap();
        assert_eq!(mode(&plan), 0o640);

        fs::set_permissions(&plan, fs::Permissions::from_mode(0o444)).unwrap();
        let error = write(&plan, b"over").unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::PermissionDenied);
        assert_eq!(fs::read(&plan).unwrap(), b"newer");
        assert_eq!(mode(&plan), 0o444);
    }

    #[test]
    fn private_files_are_created_0600() {
        let dir = tempfile::tempdir().unwrap();
        let backup = dir.path().join("backup.ron");
        write_private(&backup, b"x").unwrap();
        assert_eq!(mode(&backup), 0o600);
    }

    #[test]
    fn a_planted_symlink_at_the_old_temp_name_is_never_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim.txt");
        fs::write(&victim, "the victim's file").unwrap();
        let plan = dir.path().join("plan.ron");
        fs::write(&plan, "old").unwrap();
        // What an attacker could plant when the name was predictable.
        let planted = dir
            .path()
            .join(format!(".plan.ron.tmp-{}", std::process::id()));
        symlink(&victim, &planted).unwrap();
        write(&plan, b"new").unwrap();
        assert_eq!(fs::read(&plan).unwrap(), b"new");
        assert_eq!(fs::read(&victim).unwrap(), b"the victim's file");
        // And our own temporary files are created exclusively: one planted
        // at every name we could pick is not possible, so check that a
        // write does not reuse an existing name.
        let names: Vec<_> = (0..3)
            .map(|_| {
                let temp = tempfile::Builder::new()
                    .prefix(TEMP_PREFIX)
                    .suffix(TEMP_SUFFIX)
                    .rand_bytes(TEMP_RANDOM)
                    .tempfile_in(dir.path())
                    .unwrap();
                temp.path().to_path_buf()
            })
            .collect();
        assert!(names[0] != names[1] && names[1] != names[2]);
    }

    #[test]
    fn stale_temp_files_of_ours_are_removed_and_others_kept() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.ron");
        let stale = dir.path().join(".commplan-abcdefghij.tmp");
        let old_style = dir.path().join(".plan.ron.tmp-4242");
        let fresh = dir.path().join(".commplan-0123456789.tmp");
        let other = dir.path().join(".other.tmp");
        for file in [&stale, &old_style, &fresh, &other] {
            fs::write(file, "x").unwrap();
        }
        let long_ago = SystemTime::now() - Duration::from_secs(2 * 60 * 60);
        for file in [&stale, &old_style, &other] {
            File::options()
                .write(true)
                .open(file)
                .unwrap()
                .set_modified(long_ago)
                .unwrap();
        }
        write(&plan, b"new").unwrap();
        assert!(!stale.exists() && !old_style.exists());
        assert!(fresh.exists(), "a write under way elsewhere");
        assert!(other.exists(), "not ours");
    }

    #[test]
    fn names_of_245_to_255_bytes_still_save() {
        let dir = tempfile::tempdir().unwrap();
        for length in [245, 250, 255] {
            let stem = "p".repeat(length - ".commplan.ron".len());
            let plan = dir.path().join(format!("{stem}.commplan.ron"));
            write(&plan, b"content").unwrap();
            write(&plan, b"again").unwrap();
            assert_eq!(fs::read(&plan).unwrap(), b"again", "{length} bytes");
        }
    }
}
