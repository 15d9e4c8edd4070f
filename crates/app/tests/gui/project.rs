//! Setting up one's own project: New asks for the essentials first, the
//! Overview shows the project and its current reporting period, the dates
//! can change (what falls outside is listed, never moved or deleted), a
//! zone is found by typing its country, and a log entry of last year is taken.

use crate::support as gui;

use chrono::{Datelike, Months, NaiveDate};
use commplan::app::{DialogMessage, Message};
use commplan::screen::dissemination::Message as LogMessage;
use commplan::screen::dissemination::form::{self, Field};
use commplan::screen::project::{self, Message as ProjectMessage};
use commplan_core::period::Periods;
use commplan_core::setup::Setup;
use commplan_core::value::{Color, Country, Lang};
use commplan_core::vocab::{Channel, Role};
use commplan_core::{Change, Edit, Partner, PartnerId};
use gui::Harness;
use iced::keyboard::Modifiers;

fn form(h: &mut Harness, message: ProjectMessage) {
    h.update(Message::Project(message));
}

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

#[test]
fn new_asks_for_the_project_then_the_overview_shows_it_with_its_period() {
    let mut h = Harness::sample();
    h.app.native_dialogs = false;
    // The sample says it is a finished example and offers one's own.
    assert!(h.shows("Sample: S3-4AlpClusters, ended 30 Apr 2019"));
    h.click("Start your own project").unwrap();
    assert!(h.shows("Your project"), "the form for the essentials");

    // Nothing is created without a name; the reason is shown.
    h.click("Create…").unwrap();
    assert!(h.shows("The project's name is missing."));

    let start = NaiveDate::from_ymd_opt(today().year() - 1, 1, 1).unwrap();
    let end = start
        .checked_add_months(Months::new(36))
        .unwrap()
        .pred_opt()
        .unwrap();
    h.type_into(project::NAME, "Alpine Digital Twins").unwrap();
    h.type_into(project::ACRONYM, "ADT").unwrap();
    form(
        &mut h,
        ProjectMessage::StartEdited(start.format("%d/%m/%Y").to_string()),
    );
    form(
        &mut h,
        ProjectMessage::EndEdited(end.format("%Y-%m-%d").to_string()),
    );
    form(&mut h, ProjectMessage::PeriodMonthsEdited("6".into()));
    h.type_into(project::ZONE, "portugal").unwrap();
    assert!(
        h.shows("Lisbon · Portugal · Europe/Lisbon"),
        "the zone is found by its country"
    );
    h.click("Lisbon · Portugal · Europe/Lisbon").unwrap();
    h.click("Create…").unwrap();

    let file = h.dir.path().join("adt.commplan.ron");
    h.update(Message::Dialog(DialogMessage::PathEdited(
        file.display().to_string(),
    )));
    h.update(Message::Dialog(DialogMessage::PathConfirmed));
    assert_eq!(h.app.document.path.as_deref(), Some(file.as_path()));
    let project = h.app.plan.project.clone();
    assert_eq!(project.name, "Alpine Digital Twins");
    assert_eq!(project.acronym, "ADT");
    assert_eq!((project.start, project.end), (start, end));
    assert_eq!(project.time_zone, Some(chrono_tz::Europe::Lisbon));
    assert_eq!(commplan_core::store::load(&file).unwrap().project, project);

    h.click("Overview").unwrap();
    assert!(h.shows("Alpine Digital Twins"));
    let current = commplan_core::period::containing(&project, today()).unwrap();
    assert!(
        h.shows(&format!("The project is running: {current}")),
        "the current period is on the project card"
    );
}

#[test]
fn changing_the_dates_lists_what_falls_outside_keeps_it_and_undoes_in_one_step() {
    let mut h = Harness::sample();
    let before = (*h.app.plan).clone();
    h.click("Edit project…").unwrap();
    assert!(h.shows("Project"));
    form(&mut h, ProjectMessage::EndEdited("30.04.2018".into()));
    let outside = commplan_core::setup::outside(
        &before,
        before.project.start,
        NaiveDate::from_ymd_opt(2018, 4, 30).unwrap(),
    );
    assert!(outside.len() > 5);
    assert!(
        h.shows(&format!(
            "{} items lie outside these dates. They are kept as they are:",
            outside.len()
        )),
        "the warning counts what falls outside"
    );
    // Looking at the warning changed nothing.
    assert_eq!(*h.app.plan, before);
    form(&mut h, ProjectMessage::PeriodMonthsEdited("12".into()));
    h.click("Save").unwrap();
    assert_eq!(h.app.plan.project.end.to_string(), "2018-04-30");
    assert_eq!(h.app.plan.project.periods, Periods::Every(12));
    assert_eq!(h.app.plan.activities, before.activities, "nothing moved");
    assert_eq!(h.app.plan.log, before.log, "nothing deleted");

    // The Indicators screen follows the project's periods.
    h.click("Indicators").unwrap();
    assert!(h.shows("P2"));
    assert!(!h.shows("P3"), "two twelve-month periods");

    h.key("z", Modifiers::CTRL);
    assert_eq!(*h.app.plan, before, "one undo puts the project back");
}

#[test]
fn escape_closes_the_project_form_as_cancel_does() {
    let mut h = Harness::sample();
    let before = (*h.app.plan).clone();
    h.click("Edit project…").unwrap();
    form(&mut h, ProjectMessage::NameEdited("Another name".into()));
    assert!(h.shows("Another name"));
    h.press(iced::keyboard::key::Named::Escape, Modifiers::empty());
    assert!(!h.shows("Another name"), "the form is closed");
    assert_eq!(*h.app.plan, before, "nothing saved");
}

#[test]
fn a_bad_period_or_an_end_before_the_start_is_refused_where_it_was_typed() {
    let mut h = Harness::sample();
    let before = (*h.app.plan).clone();
    h.click("Edit project…").unwrap();
    form(&mut h, ProjectMessage::PeriodMonthsEdited("0".into()));
    h.click("Save").unwrap();
    assert!(h.shows("A reporting period of 0 months is not possible: give 1 to 120 months."));
    form(&mut h, ProjectMessage::PeriodMonthsEdited("6".into()));
    form(&mut h, ProjectMessage::EndEdited("2015-01-01".into()));
    h.click("Save").unwrap();
    assert!(h.app.plan.project == before.project, "nothing saved");
    h.click("Cancel").unwrap();
    assert!(
        !h.shows("Edit project…") || !h.shows("Reporting period (months)"),
        "closed"
    );
    assert_eq!(*h.app.plan, before);
}

#[test]
fn a_project_that_started_last_year_logs_what_it_did_before_today() {
    let start = NaiveDate::from_ymd_opt(today().year() - 1, 3, 1).unwrap();
    let setup = Setup {
        name: "Alpine Digital Twins".into(),
        acronym: "ADT".into(),
        programme: String::new(),
        start,
        end: start.checked_add_months(Months::new(36)).unwrap(),
        periods: Periods::default(),
        time_zone: None,
        working_language: Lang::new("en"),
    };
    let mut plan = setup.plan().unwrap();
    let partner = Partner {
        id: PartnerId::new("VEN"),
        name: "Regione del Veneto".into(),
        short_name: String::new(),
        country: Country::new("IT"),
        role: Role::Partner,
        contact_name: String::new(),
        contact_email: String::new(),
        languages: vec![Lang::new("it")],
        color: Color::PALETTE[0],
    };
    plan.apply(Edit::Partner(Change::Add(partner))).unwrap();
    let mut h = Harness::with_plan(plan);
    h.click("Dissemination").unwrap();
    let day = start.checked_add_months(Months::new(2)).unwrap();
    h.type_into(form::DATE_INPUT, &day.format("%d.%m.%Y").to_string())
        .unwrap();
    h.update(Message::Dissemination(LogMessage::Form(Field::Partner(
        PartnerId::new("VEN"),
    ))));
    h.update(Message::Dissemination(LogMessage::Form(Field::Channel(
        Channel::Press,
    ))));
    h.type_into(form::TITLE_INPUT, "Launch article").unwrap();
    h.click("Add entry").unwrap();
    assert_eq!(h.app.plan.log.len(), 1);
    assert_eq!(h.app.plan.log[0].date, day);
}

#[test]
fn the_log_is_filtered_by_reporting_period() {
    let mut h = Harness::sample();
    h.click("Dissemination").unwrap();
    let periods = commplan_core::period::of(&h.app.plan.project);
    let p2 = &periods[1];
    h.update(Message::Dissemination(LogMessage::PeriodFiltered(Some((
        p2.start, p2.end,
    )))));
    let expected = h
        .app
        .plan
        .log
        .iter()
        .filter(|e| p2.contains(e.date))
        .count();
    assert!(expected > 0 && expected < h.app.plan.log.len());
    let all = h.app.plan.log.len();
    assert!(
        h.shows(&format!("{expected} entries of {all}")),
        "the totals row counts the period's entries"
    );
    h.update(Message::Dissemination(LogMessage::PeriodFiltered(None)));
    assert!(h.shows(&format!("{} entries", h.app.plan.log.len())));
}

#[test]
fn a_date_is_picked_from_the_month_calendar() {
    let mut h = Harness::sample();
    h.click("Edit project…").unwrap();
    form(
        &mut h,
        ProjectMessage::PickerToggled(project::DateField::End),
    );
    assert!(
        h.shows("April 2019"),
        "the picker opens on the field's month"
    );
    form(&mut h, ProjectMessage::PickerMoved(-1));
    assert!(h.shows("March 2019"));
    // 13 is on the grid once (25 Feb – 7 Apr) and nowhere else in sight.
    h.click("13").unwrap();
    assert!(!h.shows("March 2019"), "picking closes the calendar");
    h.click("Save").unwrap();
    assert_eq!(h.app.plan.project.end.to_string(), "2019-03-13");
    // A dismissed picker changes nothing.
    h.click("Edit project…").unwrap();
    form(
        &mut h,
        ProjectMessage::PickerToggled(project::DateField::Start),
    );
    form(&mut h, ProjectMessage::PickerDismissed);
    h.click("Save").unwrap();
    assert_eq!(h.app.plan.project.start.to_string(), "2016-11-01");
}

#[test]
fn giving_a_partner_the_communication_lead_role_offers_to_make_it_the_projects() {
    use commplan::screen::partners;
    let mut h = Harness::sample();
    let before = (*h.app.plan).clone();
    assert_eq!(
        before.project.communication_lead.as_ref().unwrap().as_str(),
        "VEN"
    );
    h.click("Partners").unwrap();
    h.update(Message::Partners(partners::Message::EditPressed(
        PartnerId::new("LOMB"),
    )));
    h.update(Message::Partners(partners::Message::Form(
        partners::FormMessage::RolePicked(Role::CommunicationLead),
    )));
    h.update(Message::Partners(partners::Message::Form(
        partners::FormMessage::Submitted,
    )));
    let lomb = h.app.plan.partner(&PartnerId::new("LOMB")).unwrap().clone();
    assert_eq!(lomb.role, Role::CommunicationLead);
    assert_eq!(
        h.app
            .plan
            .project
            .communication_lead
            .as_ref()
            .unwrap()
            .as_str(),
        "VEN",
        "the project is not changed behind the person's back"
    );
    assert!(h.shows("Make it the communication lead"));
    h.click("Make it the communication lead").unwrap();
    assert_eq!(
        h.app
            .plan
            .project
            .communication_lead
            .as_ref()
            .unwrap()
            .as_str(),
        "LOMB"
    );
    h.click("Overview").unwrap();
    let lead = h
        .app
        .plan
        .partner(&PartnerId::new("HES-SO"))
        .unwrap()
        .label()
        .to_owned();
    assert!(
        h.shows(&format!(
            "Lead partner: {lead} · Communication lead: {}",
            lomb.label()
        )),
        "the Overview names it"
    );
    // Each step undoes on its own.
    h.key("z", Modifiers::CTRL);
    assert_eq!(
        h.app
            .plan
            .project
            .communication_lead
            .as_ref()
            .unwrap()
            .as_str(),
        "VEN"
    );
    h.key("z", Modifiers::CTRL);
    assert_eq!(*h.app.plan, before);
}

#[test]
fn the_log_and_the_deliverable_editor_have_the_same_date_picker() {
    use commplan::screen::deliverables;
    let mut h = Harness::sample();
    h.click("Dissemination").unwrap();
    h.type_into(form::DATE_INPUT, "2018-03-01").unwrap();
    h.update(Message::Dissemination(LogMessage::DatePickerToggled));
    assert!(h.shows("March 2018"), "opens on the typed date's month");
    h.update(Message::Dissemination(LogMessage::DatePickerMoved(1)));
    assert!(h.shows("April 2018"));
    h.update(Message::Dissemination(LogMessage::DatePicked(
        NaiveDate::from_ymd_opt(2018, 4, 12).unwrap(),
    )));
    assert!(!h.shows("April 2018"), "closed after the pick");
    h.update(Message::Dissemination(LogMessage::Form(Field::Partner(
        PartnerId::new("VEN"),
    ))));
    h.update(Message::Dissemination(LogMessage::Form(Field::Channel(
        Channel::Press,
    ))));
    h.type_into(form::TITLE_INPUT, "Picked article").unwrap();
    h.click("Add entry").unwrap();
    assert_eq!(
        h.app.plan.log.last().unwrap().date.to_string(),
        "2018-04-12"
    );

    let target = h.app.plan.deliverables[2].clone();
    h.click("Deliverables").unwrap();
    h.click(&target.title).unwrap();
    let open = |h: &mut Harness, m| {
        h.update(Message::Deliverables(deliverables::Message::Editor(m)));
    };
    open(
        &mut h,
        deliverables::EditorMessage::PickerToggled(deliverables::Dated::Due),
    );
    assert!(h.shows(&commplan_core::format::month_year(target.due)));
    assert!(
        h.app.unsaved_screens().is_empty(),
        "an open calendar is looking, not a change"
    );
    open(&mut h, deliverables::EditorMessage::PickerDismissed);
    open(
        &mut h,
        deliverables::EditorMessage::PickerToggled(deliverables::Dated::Due),
    );
    open(
        &mut h,
        deliverables::EditorMessage::Picked(
            deliverables::Dated::Due,
            NaiveDate::from_ymd_opt(2018, 5, 31).unwrap(),
        ),
    );
    h.click("Save").unwrap();
    assert_eq!(
        h.app.plan.deliverable(target.id).unwrap().due.to_string(),
        "2018-05-31"
    );

    // The submission date, logged after the fact, is picked the same way.
    assert!(
        target.submitted.is_some(),
        "the sample's deliverable is handed in"
    );
    h.click(&target.title).unwrap();
    open(
        &mut h,
        deliverables::EditorMessage::PickerToggled(deliverables::Dated::Submitted),
    );
    let month = commplan_core::format::month_year(target.submitted.unwrap());
    assert!(h.shows(&month), "opens on the submission's month");
    open(
        &mut h,
        deliverables::EditorMessage::Picked(
            deliverables::Dated::Submitted,
            NaiveDate::from_ymd_opt(2018, 5, 20).unwrap(),
        ),
    );
    assert!(!h.shows(&month), "closed after the pick");
    h.click("Save").unwrap();
    assert_eq!(
        h.app
            .plan
            .deliverable(target.id)
            .unwrap()
            .submitted
            .map(|d| d.to_string())
            .as_deref(),
        Some("2018-05-20")
    );
}

#[test]
fn times_and_zones_are_typed_as_people_write_them() {
    use commplan::screen::calendar::{self, Message as CalendarMessage};
    use commplan_core::When;
    let mut h = Harness::sample();
    h.click("Calendar").unwrap();
    let day = NaiveDate::from_ymd_opt(2017, 10, 11).unwrap();
    h.update(Message::Calendar(CalendarMessage::Create(
        day,
        Some(10 * 60),
    )));
    let edit = |h: &mut Harness, m| {
        h.update(Message::Calendar(CalendarMessage::Editor(m)));
    };
    h.type_into(calendar::editor::TITLE_INPUT, "Conference in Lisbon")
        .unwrap();
    edit(
        &mut h,
        calendar::editor::Message::StartTimeEdited("9".into()),
    );
    edit(
        &mut h,
        calendar::editor::Message::EndTimeEdited("17.30".into()),
    );
    edit(
        &mut h,
        calendar::editor::Message::ZoneEdited("lisbon".into()),
    );
    let before = h.app.plan.activities.len();
    h.click("Save activity").unwrap();
    assert_eq!(h.app.plan.activities.len(), before + 1, "saved");
    let added = h.app.plan.activities.last().unwrap();
    let When::Timed { start, end, zone } = &added.when else {
        panic!("a timed item: {:?}", added.when);
    };
    assert_eq!(start.to_string(), "2017-10-11 09:00:00");
    assert_eq!(end.to_string(), "2017-10-11 17:30:00");
    assert_eq!(*zone, chrono_tz::Europe::Lisbon);
}

#[test]
fn the_progress_report_is_written_from_the_indicators_screen() {
    use commplan::screen::report::Message as ReportMessage;
    use commplan_core::indicators::series::Figures;
    let mut h = Harness::sample();
    h.app.native_dialogs = false;
    h.click("Indicators").unwrap();
    h.click("Progress report…").unwrap();
    assert!(h.shows("Progress report"), "the dialog opens");
    h.update(Message::Report(ReportMessage::PeriodPicked(1)));
    // The preview's figures are the Indicators screen's for P2.
    let figures = Figures::compute(&h.app.plan);
    let p2 = commplan_core::period::of(&h.app.plan.project)[1].clone();
    let first = figures.total(0, p2.months.clone());
    let code = &h.app.plan.indicators[0].code;
    assert!(h.shows(&format!("{} {}", code, h.app.plan.indicators[0].name)));
    assert!(h.shows(&commplan_core::format::number(first)));
    h.update(Message::Report(ReportMessage::LanguagePicked("de".into())));
    let before = (*h.app.plan).clone();
    h.click("Write…").unwrap();
    let file = h.dir.path().join("p2.html");
    h.update(Message::Dialog(DialogMessage::PathEdited(
        file.display().to_string(),
    )));
    h.update(Message::Dialog(DialogMessage::PathConfirmed));
    let page = std::fs::read_to_string(&file).expect("the pack was written");
    assert!(page.contains("<html lang=\"de\">"));
    assert!(page.contains("Aktivitäten nach Arbeitspaket"));
    assert!(h.shows(&format!("Wrote the progress report to {}", file.display())));
    assert_eq!(*h.app.plan, before, "writing a report changes nothing");
}
