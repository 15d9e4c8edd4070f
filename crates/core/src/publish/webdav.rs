//! Publishing plain `.ics` files to a WebDAV folder or share, for
//! calendar clients that subscribe to a URL (webcal) rather than speak
//! CalDAV: one PUT per calendar (RFC 4918 §9.7), each file whole, so a
//! subscriber never reads half a calendar.

use std::sync::atomic::AtomicBool;
use std::time::Instant;

use super::PublishError;
use super::caldav::{Outcome, Progress, Report, Target};
use super::calendars::Calendar;
use super::dav::{self, Dav};

/// The file a calendar is published as: "s3-4alpclusters-ven.ics".
pub fn file_name(calendar: &Calendar) -> String {
    format!("{}.ics", calendar.name)
}

/// Puts each calendar as one file into the folder `target.url`.
///
/// Errors: a bad address; a failure of one file is in its [`Outcome`]
/// (`created` or `updated` is 1 when it was written) and the others go on.
pub fn publish(
    target: &Target,
    calendars: &[Calendar],
    cancel: &AtomicBool,
    progress: &mut dyn FnMut(Progress),
) -> Result<Report, PublishError> {
    let started = Instant::now();
    let folder = dav::collection_url(&target.url)?;
    let mut client = Dav::new(target.credentials.clone(), cancel)?;
    let mut report = Report {
        dry_run: target.dry_run,
        ..Report::default()
    };
    for (index, calendar) in calendars.iter().enumerate() {
        progress(Progress {
            index,
            of: calendars.len(),
            done: 0,
            total: 1,
        });
        let mut outcome = Outcome {
            name: calendar.name.clone(),
            display_name: calendar.display_name.clone(),
            partner: calendar.partner.clone(),
            language: calendar.language.clone(),
            ..Outcome::default()
        };
        let result = folder
            .join(&dav::encode_segment(&file_name(calendar)))
            .map_err(|_| PublishError::BadUrl {
                url: folder.to_string(),
            })
            .and_then(|url| {
                outcome.url = url.to_string();
                if target.dry_run {
                    return Ok(201);
                }
                let answer = client.send(
                    "PUT",
                    &url,
                    &[],
                    Some(("text/calendar; charset=utf-8", calendar.file.clone())),
                )?;
                if (200..300).contains(&answer.status) {
                    Ok(answer.status)
                } else {
                    Err(PublishError::Status {
                        method: "PUT".into(),
                        url: url.to_string(),
                        status: answer.status,
                    })
                }
            });
        let stop = matches!(result, Err(PublishError::Cancelled));
        match result {
            Ok(201) => outcome.created = 1,
            Ok(_) => outcome.updated = 1,
            Err(error) => outcome.error = Some(error),
        }
        progress(Progress {
            index,
            of: calendars.len(),
            done: 1,
            total: 1,
        });
        report.outcomes.push(outcome);
        if stop {
            break;
        }
    }
    report.counts = client.counts;
    report.elapsed = started.elapsed();
    Ok(report)
}
