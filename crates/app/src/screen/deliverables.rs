//! Deliverables: who owes what, and when. A table that sorts and filters,
//! a per-partner view, bulk status changes and an editor.

mod editor;
pub mod list;
mod table;

use std::collections::BTreeSet;
use std::rc::Rc;

use chrono::NaiveDate;
use iced::widget::{
    Space, button, column, container, pick_list, row, scrollable, text, text_input,
};
use iced::{Alignment, Element, Fill};

use crate::label::Label;
use crate::theme::{self, Tone};
use crate::widget::pick::{self, Pick};
use crate::widget::{self, BOLD, Memo, Window, icon};
use commplan_core::deadline::Urgency;
use commplan_core::vocab::DeliverableStatus;
use commplan_core::{Change, DeliverableId, Edit, PartnerId, Plan, WorkPackageId};
use commplan_core::{fl, format};
pub use editor::{
    APPROVED_INPUT, CODE_INPUT, DUE_INPUT, Dated, LINK_INPUT, Message as EditorMessage,
    SUBMITTED_INPUT, TITLE_INPUT,
};
use editor::{Editor, Outcome};
pub use list::{Column, Filter, Show, Sort};

/// The height of the filter bar, and of the bulk bar in its place.
/// The filter bar's two lines, and the bulk bar that takes their place
/// (pixels).
const BAR_HEIGHT: f32 = 2.0 * 36.0 + BAR_SPACING;

/// The editor's column (pixels): room for the status beside its two
/// dates in every language.
const EDITOR_WIDTH: f32 = 400.0;

/// Between the filter bar's two lines (pixels).
const BAR_SPACING: f32 = 6.0;

/// The id of the filter's text field.
pub const QUERY_INPUT: &str = "deliverables-query";

#[derive(Debug, Default)]
pub struct Deliverables {
    sort: Sort,
    filter: Filter,
    /// Ticked for a bulk change.
    selected: BTreeSet<DeliverableId>,
    editor: Option<Editor>,
    /// The editor as it opened, to tell whether it holds changes.
    opened: Option<Editor>,
    window: Window,
    /// The rows shown, kept while the plan, filters, order and day stay the
    /// same: sorting 1,000 titles at every frame would cost milliseconds.
    rows: Memo<Shown, Vec<usize>>,
}

/// What the rows shown depend on.
#[derive(Debug, Clone, PartialEq)]
struct Shown {
    version: u64,
    filter: Filter,
    sort: Sort,
    today: NaiveDate,
}

#[derive(Debug, Clone)]
pub enum Message {
    SortBy(Column),
    QueryChanged(String),
    ShowPicked(Show),
    WorkPackagePicked(Option<WorkPackageId>),
    PartnerPicked(Option<PartnerId>),
    FiltersCleared,
    Ticked(DeliverableId, bool),
    AllTicked(bool),
    /// Moves every ticked deliverable to this status.
    BulkStatus(DeliverableStatus),
    /// Moves one deliverable to the next step of the workflow.
    Advanced(DeliverableId),
    Opened(DeliverableId),
    NewPressed,
    Editor(editor::Message),
    Scrolled(scrollable::Viewport),
}

/// What the deliverables screen asks the app to do after a message.
pub enum Action {
    None,
    /// Apply a change to the plan (undoable, autosaved).
    Edit(Box<Edit>),
}

impl Deliverables {
    pub fn update(&mut self, message: Message, plan: &Plan, today: NaiveDate) -> Action {
        match message {
            Message::SortBy(column) => self.sort = self.sort.toggled(column),
            Message::QueryChanged(query) => {
                self.filter.query = query;
                self.window.reset();
            }
            Message::ShowPicked(show) => {
                self.filter.show = show;
                self.window.reset();
            }
            Message::WorkPackagePicked(wp) => {
                self.filter.work_package = wp;
                self.window.reset();
            }
            Message::PartnerPicked(partner) => {
                self.filter.partner = partner;
                self.window.reset();
            }
            Message::FiltersCleared => {
                self.filter = Filter::default();
                self.window.reset();
            }
            Message::Ticked(id, on) => {
                if on {
                    self.selected.insert(id);
                } else {
                    self.selected.remove(&id);
                }
            }
            Message::AllTicked(on) => {
                if on {
                    let rows = list::visible(plan, &self.filter, self.sort, today);
                    self.selected = rows.iter().map(|&i| plan.deliverables[i].id).collect();
                } else {
                    self.selected.clear();
                }
            }
            Message::BulkStatus(status) => {
                let edits: Vec<Edit> = plan
                    .deliverables
                    .iter()
                    .filter(|d| self.selected.contains(&d.id) && d.status != status)
                    .map(|d| Edit::Deliverable(Change::Update(d.with_status(status, today))))
                    .collect();
                self.selected.clear();
                if !edits.is_empty() {
                    return Action::Edit(Box::new(Edit::Batch(edits)));
                }
            }
            Message::Advanced(id) => {
                if let Some(d) = plan.deliverable(id)
                    && let Some(next) = d.next_status()
                {
                    let edit = Edit::Deliverable(Change::Update(d.with_status(next, today)));
                    return Action::Edit(Box::new(edit));
                }
            }
            Message::Opened(id) => self.open(id, plan, today),
            Message::NewPressed => {
                self.editor = Some(Editor::new(plan, today));
                self.opened = self.editor.clone();
            }
            Message::Editor(message) => {
                if let Some(editor) = &mut self.editor {
                    match editor.update(message, plan, today) {
                        Outcome::None => {}
                        Outcome::Close => self.editor = None,
                        Outcome::Save(edit) => {
                            self.editor = None;
                            return Action::Edit(edit);
                        }
                    }
                }
            }
            Message::Scrolled(viewport) => self.window.scrolled(viewport),
        }
        Action::None
    }

    /// Opens a deliverable in the editor (from search or another screen),
    /// clearing the filters if they hide it.
    pub fn open(&mut self, id: DeliverableId, plan: &Plan, today: NaiveDate) {
        if let Some(d) = plan.deliverable(id) {
            self.editor = Some(Editor::open(d));
            self.opened = self.editor.clone();
            let rows = list::visible(plan, &self.filter, self.sort, today);
            if !rows.iter().any(|&i| plan.deliverables[i].id == id) {
                self.filter = Filter::default();
                self.window.reset();
            }
        }
    }

    /// Shows only what this partner owes (the per-partner view).
    pub fn show_partner(&mut self, partner: PartnerId) {
        self.filter = Filter {
            partner: Some(partner),
            ..Filter::default()
        };
        self.window.reset();
    }

    /// Closes the editor without saving (Escape); false when none was open.
    /// The editor is open with changes not yet saved.
    pub fn unsaved(&self) -> bool {
        self.editor.is_some() && self.editor != self.opened
    }

    pub fn close_editor(&mut self) -> bool {
        self.editor.take().is_some()
    }

    /// Forgets what belongs to the plan on screen: the editor, the ticked
    /// rows and the filters (they name its partners and work packages).
    /// The sort order stays.
    pub fn reset(&mut self) {
        self.editor = None;
        self.selected.clear();
        self.filter = Filter::default();
        self.window.reset();
    }

    /// Holds nothing that belongs to a plan (see [`Deliverables::reset`]).
    pub fn is_idle(&self) -> bool {
        self.editor.is_none() && self.selected.is_empty() && self.filter == Filter::default()
    }

    /// The deliverable open in the editor, if any.
    pub fn editing(&self) -> Option<DeliverableId> {
        self.editor.as_ref().map(Editor::id)
    }

    /// The rows of `plan` (whose contents `version` names) shown on `today`.
    fn rows(&self, plan: &Plan, version: u64, today: NaiveDate) -> Rc<Vec<usize>> {
        let shown = Shown {
            version,
            filter: self.filter.clone(),
            sort: self.sort,
            today,
        };
        self.rows.get(shown, || {
            list::visible(plan, &self.filter, self.sort, today)
        })
    }

    pub fn view<'a>(
        &'a self,
        plan: &'a Plan,
        version: u64,
        today: NaiveDate,
        read_only: bool,
    ) -> Element<'a, Message> {
        let rows = self.rows(plan, version, today);
        // Ticked ones an undo has since removed do not count.
        let ticked = plan
            .deliverables
            .iter()
            .filter(|d| self.selected.contains(&d.id))
            .count();
        // While some are ticked, the bulk bar takes the filters' place (same
        // height), so the rows do not move under the pointer.
        let bar = if ticked > 0 {
            self.bulk_bar(ticked, read_only)
        } else {
            self.filters(plan)
        };
        let mut content =
            column![container(bar).height(BAR_HEIGHT).center_y(BAR_HEIGHT)].spacing(10);
        if let Some(partner) = &self.filter.partner {
            content = content.push(owes(plan, partner, today));
        }
        let table = table::view(
            plan,
            &rows,
            today,
            table::State {
                sort: self.sort,
                selected: &self.selected,
                window: &self.window,
                editing: self.editing(),
                read_only,
                narrowed: self.filter.is_narrowed(),
                compact: self.editor.is_some(),
            },
        );
        content = content.push(match &self.editor {
            Some(editor) => Element::from(
                row![
                    container(table).width(Fill),
                    container(editor.view(plan, today, read_only).map(Message::Editor))
                        .width(EDITOR_WIDTH)
                        .height(Fill),
                ]
                .spacing(16),
            ),
            None => table,
        });
        let body: Element<'a, Message> = content.into();
        let subtitle = if rows.len() == plan.deliverables.len() {
            fl!("deliverables-count", count = plan.deliverables.len())
        } else {
            fl!(
                "deliverables-count-shown",
                shown = rows.len(),
                count = plan.deliverables.len()
            )
        };
        let new = button(row![icon::icon(icon::PLUS), text(fl!("deliverables-add"))].spacing(6))
            .on_press_maybe(
                (!read_only && !plan.partners.is_empty()).then_some(Message::NewPressed),
            );
        widget::page(fl!("screen-deliverables"), Some(subtitle), new.into(), body)
    }

    fn filters<'a>(&'a self, plan: &'a Plan) -> Element<'a, Message> {
        let shows: Vec<Pick<Show>> = [Show::All, Show::Open, Show::Pressing, Show::Overdue]
            .into_iter()
            .chain(DeliverableStatus::ALL.iter().map(|s| Show::Status(*s)))
            .map(|show| Pick::new(show, show_label(show)))
            .collect();
        let show_selected = pick::selected(&shows, &self.filter.show);
        let wps: Vec<Pick<Option<WorkPackageId>>> = pick::with_none(
            fl!("deliverables-all-work-packages"),
            plan.work_packages.iter().map(|w| {
                Pick::new(
                    w.id.clone(),
                    pick::short(&format!("{} · {}", w.id, w.title), pick::LONGEST),
                )
            }),
        );
        let wp_selected = pick::selected(&wps, &self.filter.work_package);
        let partners: Vec<Pick<Option<PartnerId>>> = pick::with_none(
            fl!("deliverables-all-partners"),
            plan.partners.iter().map(|p| {
                Pick::new(
                    p.id.clone(),
                    pick::short(&format!("{} · {}", p.id, p.label()), pick::LONGEST),
                )
            }),
        );
        let partner_selected = pick::selected(&partners, &self.filter.partner);
        // Each list as wide as its longest option: left at its natural
        // width (Shrink), a pick list measures every option, and its menu
        // is as wide as the list; long work packages end with "…". The
        // query keeps the rest of the first line, so it has a usable width
        // in every language. Clear is always there (greyed with no
        // filter): nothing moves when typing starts.
        let first = row![
            text_input(&fl!("deliverables-query-placeholder"), &self.filter.query)
                .id(QUERY_INPUT)
                .on_input(Message::QueryChanged)
                .width(Fill),
            pick::redrawn(
                pick::key(&show_selected),
                pick_list(shows, show_selected, |p| Message::ShowPicked(p.value))
            ),
        ]
        .spacing(8)
        .align_y(Alignment::Center);
        let second = row![
            pick::redrawn(
                pick::key(&wp_selected),
                pick_list(wps, wp_selected, |p| Message::WorkPackagePicked(p.value))
            ),
            pick::redrawn(
                pick::key(&partner_selected),
                pick_list(partners, partner_selected, |p| Message::PartnerPicked(
                    p.value
                ))
            ),
            Space::new().width(Fill),
            button(row![icon::icon(icon::X), text(fl!("deliverables-clear-filters"))].spacing(6))
                .style(theme::tool_button)
                .on_press_maybe(self.filter.is_narrowed().then_some(Message::FiltersCleared)),
        ]
        .spacing(8)
        .align_y(Alignment::Center);
        column![first, second].spacing(BAR_SPACING).into()
    }

    fn bulk_bar(&self, ticked: usize, read_only: bool) -> Element<'_, Message> {
        let statuses: Vec<Pick<DeliverableStatus>> = DeliverableStatus::ALL
            .iter()
            .map(|s| Pick::new(*s, s.label()))
            .collect();
        container(
            row![
                text(fl!("deliverables-selected", count = ticked)).font(BOLD),
                Space::new().width(Fill),
                text(fl!("deliverables-set-status")),
                pick_list(statuses, None::<Pick<DeliverableStatus>>, move |p| {
                    Message::BulkStatus(p.value)
                })
                .placeholder(fl!("deliverables-pick-status"))
                .width(170),
                button(text(fl!("deliverables-clear-selection")))
                    .style(theme::tool_button)
                    .on_press(Message::AllTicked(false)),
            ]
            .spacing(10)
            .align_y(Alignment::Center),
        )
        .padding([0, 12])
        .height(BAR_HEIGHT)
        .center_y(BAR_HEIGHT)
        .style(theme::banner(if read_only {
            Tone::Warning
        } else {
            Tone::Info
        }))
        .into()
    }
}

/// The per-partner view's summary: what this partner owes, and when.
fn owes<'a>(plan: &'a Plan, partner: &PartnerId, today: NaiveDate) -> Element<'a, Message> {
    let mut open: Vec<_> = plan
        .deliverables
        .iter()
        .filter(|d| &d.lead == partner && !d.status.is_delivered())
        .collect();
    open.sort_by_key(|d| d.due);
    let overdue = open.iter().filter(|d| d.is_overdue(today)).count();
    let soon = open
        .iter()
        .filter(|d| matches!(Urgency::of(d, today), Urgency::DueSoon(_)))
        .count();
    let name = plan
        .partner(partner)
        .map_or_else(|| partner.to_string(), |p| p.label().to_owned());
    let summary = if open.is_empty() {
        fl!("deliverables-owes-nothing", partner = name.as_str())
    } else {
        fl!(
            "deliverables-owes",
            partner = name,
            count = open.len(),
            overdue = overdue,
            soon = soon
        )
    };
    let mut line = row![widget::partner(plan, partner), text(summary)]
        .spacing(10)
        .align_y(Alignment::Center);
    if let Some(next) = open.first() {
        line = line.push(Space::new().width(Fill)).push(
            text(fl!(
                "deliverables-owes-next",
                code = next.code.as_str(),
                date = format::date(next.due)
            ))
            .style(theme::muted),
        );
    }
    container(line)
        .padding([8, 12])
        .width(Fill)
        .style(theme::card)
        .into()
}

fn show_label(show: Show) -> String {
    match show {
        Show::All => fl!("deliverables-show-all"),
        Show::Open => fl!("deliverables-show-open"),
        Show::Pressing => fl!("deliverables-show-pressing"),
        Show::Overdue => fl!("deliverables-show-overdue"),
        Show::Status(status) => status.label(),
    }
}
