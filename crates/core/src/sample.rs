//! The embedded S3-4Alp Clusters plan, so a new user lands on something real.

use std::path::Path;

use super::plan::Plan;
use super::store::{self, LoadError};

/// The sample plan's text, compiled into the binary.
pub const TEXT: &str = include_str!("../../../assets/sample/s3-4alpclusters.ron");

/// The sample plan. It is checked by the test suite, so this only fails if
/// the build itself is broken.
pub fn plan() -> Result<Plan, LoadError> {
    store::parse(TEXT, Path::new("assets/sample/s3-4alpclusters.ron"))
}

/// Is this the sample's project (so the window can say it is a finished
/// example and offer to start one's own)? Compared by acronym and dates.
pub fn is_sample(project: &crate::Project) -> bool {
    project.acronym == "S3-4AlpClusters"
        && project.start.to_string() == "2016-11-01"
        && project.end.to_string() == "2019-04-30"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{self, Severity};

    #[test]
    fn the_sample_loads_cleanly_and_has_something_on_every_screen() {
        let plan = match plan() {
            Ok(plan) => plan,
            Err(error) => panic!("{error}"),
        };
        let warnings: Vec<_> = check::plan(&plan)
            .into_iter()
            .filter(|f| f.severity == Severity::Warning)
            .collect();
        assert!(warnings.is_empty(), "{warnings:#?}");
        assert!(plan.partners.len() >= 10);
        assert!(plan.activities.len() >= 40);
        assert!(plan.deliverables.len() >= 12);
        assert!(plan.log.len() >= 60);
        assert!(plan.indicators.len() >= 6);
        let countries: std::collections::BTreeSet<_> =
            plan.partners.iter().map(|p| p.country.0.as_str()).collect();
        assert!(countries.len() >= 5, "{countries:?}");
        assert!(is_sample(&plan.project));
    }

    #[test]
    fn the_sample_has_the_veneto_workshop_of_29_june_2017() {
        let plan = plan().unwrap();
        let workshop = plan
            .activities
            .iter()
            .find(|a| a.when.start_date() == chrono::NaiveDate::from_ymd_opt(2017, 6, 29).unwrap())
            .expect("the workshop of 29 June 2017");
        assert_eq!(workshop.responsible.as_str(), "VEN");
        assert!(workshop.location.venue.contains("Sala Europa"));
        assert_eq!(
            workshop.registration.as_deref(),
            Some("https://goo.gl/forms/g2ffChuBj2Jqi0Wq1")
        );
        assert_eq!(
            plan.project.communication_lead.as_ref().map(|p| p.as_str()),
            Some("VEN")
        );
    }
}
