//! The global search (Ctrl+K): an overlay over any screen with a field that
//! has the focus, results grouped by kind as one types, arrows and Enter to
//! jump, Escape to close.

use iced::widget::{
    Space, button, column, container, mouse_area, opaque, row, stack, text, text_input,
};
use iced::{Alignment, Element, Fill, Task};

use super::{App, Message as AppMessage};
use crate::keys::Nav;
use crate::screen::Screen;
use crate::theme;
use crate::widget::{self, BOLD, icon};
use commplan_core::Plan;
use commplan_core::search::{Hit, Index, Kind, Results, Target};
use commplan_core::{fl, format};

/// The search field's id.
pub const INPUT: &str = "search-input";

/// Results shown per kind.
const PER_KIND: usize = 6;

/// The search: whether it is open, what was typed, what it found, which
/// result is chosen.
#[derive(Debug, Default)]
pub struct Search {
    open: bool,
    query: String,
    results: Results,
    selected: usize,
    /// The index and the plan version it was built from.
    index: Option<(u64, Index)>,
}

#[derive(Debug, Clone)]
pub enum Message {
    QueryChanged(String),
    /// Enter in the field: go to the chosen result.
    Submitted,
    /// A result clicked.
    Picked(usize),
    Closed,
}

/// What the app does after a search message.
pub enum Outcome {
    None,
    Close,
    Jump(Target),
}

impl Search {
    /// Opens the search empty, its field focused. The index is kept from
    /// the last time while the plan has not changed.
    pub fn open<M: Send + 'static>(&mut self) -> Task<M> {
        self.open = true;
        self.query.clear();
        self.results = Results::default();
        self.selected = 0;
        iced::widget::operation::focus(INPUT)
    }

    pub fn is_open(&self) -> bool {
        self.open
    }

    pub fn close(&mut self) {
        self.open = false;
    }

    pub fn update(&mut self, message: Message, plan: &Plan, version: u64) -> Outcome {
        match message {
            Message::QueryChanged(query) => {
                self.query = query;
                self.refresh(plan, version);
                Outcome::None
            }
            Message::Submitted => self.jump(self.selected, plan),
            Message::Picked(i) => self.jump(i, plan),
            Message::Closed => Outcome::Close,
        }
    }

    /// Moves the choice by `step` results, wrapping around.
    pub fn moved(&mut self, step: isize) {
        let count = self.results.len();
        if count > 0 {
            self.selected = (self.selected as isize + step).rem_euclid(count as isize) as usize;
        }
    }

    fn refresh(&mut self, plan: &Plan, version: u64) {
        if self.index.as_ref().is_none_or(|(v, _)| *v != version) {
            self.index = Some((version, Index::new(plan)));
        }
        self.results = match &self.index {
            Some((_, index)) => index.search(&self.query, PER_KIND),
            None => Results::default(),
        };
        self.selected = 0;
    }

    fn jump(&self, i: usize, plan: &Plan) -> Outcome {
        match self.results.hits().nth(i).and_then(|hit| hit.target(plan)) {
            Some(target) => Outcome::Jump(target),
            None => Outcome::None,
        }
    }

    pub fn view<'a>(&'a self, plan: &'a Plan) -> Element<'a, Message> {
        let field = text_input(&fl!("search-placeholder"), &self.query)
            .id(INPUT)
            .on_input(Message::QueryChanged)
            .on_submit(Message::Submitted)
            .padding(10)
            .size(16);
        let mut body = column![
            row![icon::sized(icon::SEARCH, 18), field]
                .spacing(10)
                .align_y(Alignment::Center)
        ]
        .spacing(12);
        if self.query.trim().is_empty() {
            body = body.push(text(fl!("search-hint")).size(13).style(theme::muted));
        } else if self.results.is_empty() {
            body = body.push(widget::empty(fl!(
                "search-nothing",
                query = self.query.trim()
            )));
        } else {
            let mut n = 0;
            let mut groups = column![].spacing(10);
            for group in &self.results.groups {
                let more = group.total.saturating_sub(group.hits.len());
                let heading = row![
                    text(kind_label(group.kind))
                        .size(13)
                        .font(BOLD)
                        .style(theme::muted),
                    Space::new().width(Fill),
                ]
                .push((more > 0).then(|| {
                    text(fl!("search-more", count = more))
                        .size(12)
                        .style(theme::muted)
                }));
                let mut list = column![heading].spacing(2);
                for hit in &group.hits {
                    list = list.push(self.line(plan, hit, n));
                    n += 1;
                }
                groups = groups.push(list);
            }
            body = body.push(widget::scroll(groups));
        }
        body = body.push(text(fl!("search-keys")).size(12).style(theme::muted));
        let panel = container(body)
            .padding(16)
            .width(640)
            .max_height(560)
            .style(theme::card);
        // A click beside the panel closes the search; one on it does not.
        let backdrop = mouse_area(
            container(Space::new())
                .width(Fill)
                .height(Fill)
                .style(theme::backdrop),
        )
        .on_press(Message::Closed);
        let panel = container(opaque(panel))
            .padding(iced::Padding {
                top: 60.0,
                ..iced::Padding::ZERO
            })
            .center_x(Fill);
        opaque(stack![backdrop, panel])
    }

    fn line<'a>(&self, plan: &'a Plan, hit: &Hit, n: usize) -> Element<'a, Message> {
        let (key, title, detail) = describe(plan, hit);
        let chosen = n == self.selected;
        let content = row![
            container(text(key).font(BOLD).size(13).wrapping(text::Wrapping::None))
                .width(110)
                .clip(true),
            container(text(title).wrapping(text::Wrapping::None))
                .width(Fill)
                .clip(true),
            text(detail).size(12).style(theme::muted),
        ]
        .spacing(10)
        .align_y(Alignment::Center);
        button(content)
            .width(Fill)
            .padding([4, 8])
            .style(move |theme: &iced::Theme, status| {
                if chosen {
                    button::primary(theme, status)
                } else {
                    button::text(theme, status)
                }
            })
            .on_press(Message::Picked(n))
            .into()
    }
}

/// The app's side: opening the search, its keys, and jumping.
impl App {
    pub(super) fn open_search(&mut self) -> Task<AppMessage> {
        if self.dialog.is_some() || self.export.is_some() || self.import.is_some() {
            return Task::none();
        }
        self.search.open()
    }

    pub(super) fn search(&mut self, message: Message) -> Task<AppMessage> {
        if !self.search.is_open() {
            return Task::none();
        }
        match self.search.update(message, &self.plan, self.plan_version) {
            Outcome::None => Task::none(),
            Outcome::Close => {
                self.search.close();
                Task::none()
            }
            Outcome::Jump(target) => {
                self.search.close();
                self.jump(target)
            }
        }
    }

    /// Is the search open with no dialog over it?
    pub(super) fn search_on_top(&self) -> bool {
        self.search.is_open()
            && self.dialog.is_none()
            && self.export.is_none()
            && self.import.is_none()
    }

    /// Arrows move through the results; Enter opens the chosen one.
    pub(super) fn search_key(&mut self, nav: Nav) -> Task<AppMessage> {
        match nav {
            Nav::Forward | Nav::Next => self.search.moved(1),
            Nav::Back | Nav::Previous => self.search.moved(-1),
            Nav::Confirm => return self.search(Message::Submitted),
            Nav::Toggle => {}
        }
        Task::none()
    }

    /// Opens what a search found: a deliverable in its editor, a partner in
    /// its form, an activity selected in the calendar on its day, a log
    /// entry in the log's form.
    pub fn jump(&mut self, target: Target) -> Task<AppMessage> {
        let screen = match &target {
            Target::Deliverable(id) => {
                self.deliverables.open(*id, &self.plan, self.today);
                Screen::Deliverables
            }
            Target::Partner(id) => {
                self.partners.edit(id, &self.plan);
                Screen::Partners
            }
            Target::Activity(id, day) => {
                self.calendar.show(&self.plan, *id);
                self.calendar.anchor = Some(*day);
                Screen::Calendar
            }
            Target::Entry(id, _) => {
                self.dissemination.open(*id, &self.plan);
                Screen::Dissemination
            }
        };
        self.jumped = Some(target);
        self.navigate(screen)
    }
}

/// A result in words: its key (code, id, date), title and a detail.
fn describe(plan: &Plan, hit: &Hit) -> (String, String, String) {
    let missing = || (String::new(), String::new(), String::new());
    match hit.kind {
        Kind::Deliverable => plan
            .deliverables
            .get(hit.position)
            .map_or_else(missing, |d| {
                (d.code.clone(), d.title.clone(), format::date(d.due))
            }),
        Kind::Activity => plan.activities.get(hit.position).map_or_else(missing, |a| {
            (
                format::date(a.when.start_date()),
                a.title.clone(),
                a.responsible.to_string(),
            )
        }),
        Kind::Partner => plan.partners.get(hit.position).map_or_else(missing, |p| {
            (p.id.to_string(), p.name.clone(), p.country.to_string())
        }),
        Kind::Entry => plan.log.get(hit.position).map_or_else(missing, |e| {
            (format::date(e.date), e.title.clone(), e.partner.to_string())
        }),
    }
}

fn kind_label(kind: Kind) -> String {
    match kind {
        Kind::Deliverable => fl!("search-deliverables"),
        Kind::Activity => fl!("search-activities"),
        Kind::Partner => fl!("search-partners"),
        Kind::Entry => fl!("search-entries"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use commplan_core::sample;

    #[test]
    fn typing_finds_and_enter_jumps_to_the_first_result() {
        let plan = sample::plan().expect("the sample loads");
        let mut search = Search::default();
        let code = plan.deliverables[2].code.clone();
        search.update(Message::QueryChanged(code), &plan, 1);
        assert!(!search.results.is_empty());
        match search.update(Message::Submitted, &plan, 1) {
            Outcome::Jump(Target::Deliverable(id)) => assert_eq!(id, plan.deliverables[2].id),
            _ => panic!("jumps to the deliverable"),
        }
    }

    #[test]
    fn arrows_move_the_choice_and_wrap() {
        let plan = sample::plan().expect("the sample loads");
        let mut search = Search::default();
        search.update(Message::QueryChanged("ven".into()), &plan, 1);
        let count = search.results.len();
        assert!(count > 1);
        search.moved(1);
        assert_eq!(search.selected, 1);
        search.moved(-2);
        assert_eq!(search.selected, count - 1);
        search.update(Message::QueryChanged("venet".into()), &plan, 1);
        assert_eq!(search.selected, 0, "a new query starts at the top");
    }
}
