//! The progress-report dialog: choose the reporting period, the partner
//! (or the whole project), the language and the form; see the indicator
//! figures the pack will hold; write it. The figures are the pack's own
//! ([`commplan_core::report::Pack`]), which the Indicators screen's
//! computation feeds: the preview, the file and the screen cannot disagree.

use iced::widget::{Space, button, column, container, pick_list, row, scrollable, text};
use iced::{Alignment, Element, Fill, Length};

use crate::theme;
use crate::widget::pick::{self, Pick};
use crate::widget::{self, BOLD};
use commplan_core::indicators::series::Figures;
use commplan_core::report::{Pack, Request};
use commplan_core::{PartnerId, Plan, fl, format, period};

/// The forms the pack is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A printable A4 page.
    Html,
    /// A CSV file, a block per part.
    Csv,
    /// A workbook, a sheet per part.
    Xlsx,
}

impl Form {
    pub const ALL: [Form; 3] = [Form::Html, Form::Xlsx, Form::Csv];

    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Form::Html => "html",
            Form::Csv => "csv",
            Form::Xlsx => "xlsx",
        }
    }

    fn label(self) -> String {
        match self {
            Form::Html => fl!("report-form-html"),
            Form::Csv => fl!("report-form-csv"),
            Form::Xlsx => fl!("report-form-xlsx"),
        }
    }
}

/// The dialog's choices.
#[derive(Debug, Clone, PartialEq)]
pub struct Dialog {
    pub period: usize,
    pub partner: Option<PartnerId>,
    pub language: String,
    pub form: Form,
    /// A write is under way.
    pub busy: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    PeriodPicked(usize),
    PartnerPicked(Option<PartnerId>),
    LanguagePicked(String),
    FormPicked(Form),
    WritePressed,
    Cancelled,
}

/// What the dialog asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    Close,
    /// Ask where to write the pack, then write it.
    Write,
}

impl Dialog {
    /// The dialog on `period` (0 for P1), in `language`.
    pub fn new(period: usize, language: String) -> Self {
        Self {
            period,
            partner: None,
            language,
            form: Form::Html,
            busy: false,
        }
    }

    /// The pack the choices ask for.
    pub fn request(&self) -> Request {
        Request {
            period: self.period,
            partner: self.partner.clone(),
        }
    }

    /// A file name for the pack: "S3-4AlpClusters-P2-VEN.html".
    pub fn file_name(&self, plan: &Plan) -> String {
        let mut name = format!("{}-P{}", plan.display_name(), self.period + 1);
        if let Some(p) = &self.partner {
            name.push('-');
            name.push_str(p.as_str());
        }
        let safe: String = name
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || "-_.".contains(c) {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        format!("{safe}.{}", self.form.extension())
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::PeriodPicked(p) => self.period = p,
            Message::PartnerPicked(p) => self.partner = p,
            Message::LanguagePicked(l) => self.language = l,
            Message::FormPicked(f) => self.form = f,
            Message::Cancelled => return Action::Close,
            Message::WritePressed => return Action::Write,
        }
        Action::None
    }

    pub fn view<'a>(&'a self, plan: &'a Plan) -> Element<'a, Message> {
        let periods: Vec<Pick<usize>> = period::of(&plan.project)
            .into_iter()
            .map(|p| Pick::new(p.index, p.to_string()))
            .collect();
        let chosen_period = pick::selected(&periods, &self.period);
        let partners = pick::with_none(
            fl!("report-whole-project"),
            plan.partners
                .iter()
                .map(|p| Pick::new(p.id.clone(), format!("{} — {}", p.id, p.label()))),
        );
        let chosen_partner = pick::selected(&partners, &self.partner);
        let languages: Vec<Pick<String>> = commplan_core::i18n::available()
            .into_iter()
            .map(|l| crate::screen::settings::language(l.language.as_str()))
            .collect();
        let chosen_language = pick::selected(&languages, &self.language);
        let forms = row(Form::ALL
            .into_iter()
            .map(|f| widget::choice(f.label(), f == self.form, Message::FormPicked(f))))
        .spacing(4);

        let choices = column![
            row![
                labelled(
                    fl!("report-period"),
                    pick::redrawn(
                        pick::key(&chosen_period),
                        pick_list(periods, chosen_period, |p| Message::PeriodPicked(p.value))
                            .width(Fill)
                    )
                ),
                labelled(
                    fl!("report-partner"),
                    pick::redrawn(
                        pick::key(&chosen_partner),
                        pick_list(partners, chosen_partner, |p| Message::PartnerPicked(
                            p.value
                        ))
                        .width(Fill)
                    )
                ),
            ]
            .spacing(12),
            row![
                labelled(
                    fl!("report-language"),
                    pick::redrawn(
                        pick::key(&chosen_language),
                        pick_list(languages, chosen_language, |l| Message::LanguagePicked(
                            l.value
                        ))
                        .width(Fill)
                    )
                ),
                Space::new().width(Fill),
            ]
            .spacing(12),
            // A line of its own: the three forms' names are long in some
            // languages ("Cartella di lavoro (XLSX)").
            labelled(fl!("report-form"), forms),
        ]
        .spacing(10);

        let figures = Figures::compute(plan);
        let preview: Element<'a, Message> = match Pack::compute(plan, &figures, &self.request()) {
            Ok(pack) => preview(plan, &pack),
            Err(error) => text(error.to_string()).style(theme::danger_text).into(),
        };
        let actions = row![
            Space::new().width(Fill),
            button(text(fl!("dialog-cancel")))
                .padding([6, 14])
                .style(button::secondary)
                .on_press(Message::Cancelled),
            button(text(fl!("report-write")))
                .padding([6, 14])
                .style(button::primary)
                .on_press_maybe((!self.busy).then_some(Message::WritePressed)),
        ]
        .spacing(8);
        column![
            text(fl!("report-dialog-title")).size(20).font(BOLD),
            choices,
            container(scrollable(preview).height(Length::Fixed(260.0)))
                .padding(8)
                .style(theme::card),
            actions,
        ]
        .spacing(14)
        .into()
    }
}

/// The indicators of the pack, as the file will hold them.
fn preview<'a>(plan: &'a Plan, pack: &Pack) -> Element<'a, Message> {
    let cell = |value: String, width: f32| {
        container(text(value).size(13))
            .width(Length::Fixed(width))
            .align_x(Alignment::End)
    };
    let header = row![
        text(fl!("report-col-title"))
            .size(12)
            .style(theme::muted)
            .width(Fill),
        cell(fl!("report-col-this-period"), 90.0),
        cell(fl!("report-col-before"), 90.0),
        cell(fl!("report-col-cumulative"), 90.0),
        cell(fl!("report-col-target"), 80.0),
    ]
    .spacing(8);
    let mut rows = column![header].spacing(4);
    for row_ in &pack.indicators {
        let Some(indicator) = plan.indicator(row_.id) else {
            continue;
        };
        rows = rows.push(
            row![
                text(format!("{} {}", indicator.code, indicator.name))
                    .size(13)
                    .width(Fill),
                cell(format::number(row_.this_period), 90.0),
                cell(format::number(row_.before), 90.0),
                cell(format::number(row_.cumulative), 90.0),
                cell(format::number(row_.target), 80.0),
            ]
            .spacing(8),
        );
    }
    let activities: usize = pack.work_packages.iter().map(|w| w.activities.len()).sum();
    rows = rows.push(
        text(fl!(
            "report-summary",
            activities = activities,
            deliverables = pack.deliverables.len(),
            warnings = pack.warnings.len()
        ))
        .size(13)
        .style(theme::muted),
    );
    rows.into()
}

/// A field with its name above it.
fn labelled<'a>(label: String, input: impl Into<Element<'a, Message>>) -> Element<'a, Message> {
    column![text(label).size(12).style(theme::muted), input.into()]
        .spacing(3)
        .width(Fill)
        .into()
}
