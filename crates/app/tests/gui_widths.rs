//! Drop-down lists as wide as their longest option, and filter fields
//! that keep a usable width, in every language. In its own test binary:
//! the language is process-wide, so no other flow may run beside this one.

#[path = "gui/support.rs"]
mod support;
#[path = "gui/walk.rs"]
mod walk;

use commplan::app::Message;
use commplan::screen::{Screen, dissemination};
use commplan::widget::pick::{self, Pick};
use commplan_core::{fl, i18n};
use iced::Rectangle;
use iced::advanced::text::Paragraph as _;
use support::{Harness, Mouse};

/// How wide `text` is drawn in the interface's font at `size` (pixels).
fn drawn_width(text: &str, size: f32) -> f32 {
    let paragraph = iced::advanced::graphics::text::Paragraph::with_text(iced::advanced::Text {
        content: text,
        bounds: iced::Size::INFINITE,
        size: iced::Pixels(size),
        line_height: iced::widget::text::LineHeight::default(),
        font: commplan::app::DEFAULT_FONT,
        align_x: iced::widget::text::Alignment::Default,
        align_y: iced::alignment::Vertical::Top,
        shaping: iced::widget::text::Shaping::default(),
        wrapping: iced::widget::text::Wrapping::None,
    });
    paragraph.min_width()
}

/// Fails unless `list` shows the longest of `labels` whole: the text, the
/// list's padding (10 px each side) and its arrow (as wide as the text is
/// high) fit.
fn shows_whole(language: &str, what: &str, list: Rectangle, labels: &[String], size: f32) {
    let (longest, width) =
        labels
            .iter()
            .map(|l| (l, drawn_width(l, size)))
            .fold((None, 0.0), |(at, most), (l, w)| {
                if w > most { (Some(l), w) } else { (at, most) }
            });
    assert!(
        list.width + 0.5 >= width + 20.0 + size,
        "{language}: the {what} list ({} px) is narrower than \"{}\" ({width} px)",
        list.width,
        longest.map_or("", String::as_str)
    );
}

fn labels<T>(options: &[Pick<T>]) -> Vec<String> {
    options.iter().map(|p| p.label.clone()).collect()
}

/// The pick lists on screen, top to bottom, left to right.
fn lists(mouse: &mut Mouse, h: &Harness) -> Vec<Rectangle> {
    let mut lists = mouse.controls(h).lists;
    lists.sort_by(|a, b| (a.y, a.x).partial_cmp(&(b.y, b.x)).expect("numbers"));
    lists
}

#[test]
fn lists_show_their_longest_option_and_filters_keep_their_room_in_every_language() {
    let mut h = Harness::sample();
    let plan = (*h.app.plan).clone();
    for language in ["en", "it", "de", "fr", "sl"] {
        assert_eq!(i18n::select(language), language);
        let mut mouse = Mouse::new();

        // Dissemination: the log form's three lists, then the filters'.
        h.update(Message::Navigate(Screen::Dissemination));
        let found = lists(&mut mouse, &h);
        assert!(found.len() >= 6, "{language}: {found:?}");
        let partners = dissemination::form::partners(&plan);
        let channels = dissemination::form::channels();
        let mut form_partners = labels(&partners);
        form_partners.push(fl!("log-partner"));
        let mut form_channels = labels(&channels);
        form_channels.push(fl!("log-channel"));
        let expected = [
            ("log form's partner", form_partners),
            ("log form's channel", form_channels),
            (
                "log form's target group",
                labels(&dissemination::form::groups(fl!("log-form-any-group"))),
            ),
            (
                "partner filter",
                labels(&pick::with_none(fl!("log-filter-all-partners"), partners)),
            ),
            (
                "channel filter",
                labels(&pick::with_none(fl!("log-filter-all-channels"), channels)),
            ),
            (
                "target group filter",
                labels(&dissemination::form::groups(fl!("log-filter-all-groups"))),
            ),
        ];
        for (list, (what, options)) in found.iter().zip(expected) {
            shows_whole(language, what, *list, &options, 13.0);
        }
        let search = mouse
            .controls(&h)
            .inputs
            .into_iter()
            .find(|(id, _)| {
                *id == Some(iced::advanced::widget::Id::new(dissemination::SEARCH_INPUT))
            })
            .expect("the text filter shows")
            .1;
        assert!(
            search.width >= 200.0,
            "{language}: the log's text filter is {} px wide",
            search.width
        );
        assert!(
            search.x + search.width <= walk::WINDOW.width,
            "{language}: the text filter runs off the window"
        );

        // The log form's title keeps a usable width beside its lists.
        let title = mouse
            .controls(&h)
            .inputs
            .into_iter()
            .find(|(id, _)| {
                *id == Some(iced::advanced::widget::Id::new(
                    dissemination::form::TITLE_INPUT,
                ))
            })
            .expect("the log form's title shows")
            .1;
        assert!(
            title.width >= 250.0,
            "{language}: the log form's title is {} px wide",
            title.width
        );

        // Deliverables: the query keeps its room beside the lists.
        h.update(Message::Navigate(Screen::Deliverables));
        let query = mouse
            .controls(&h)
            .inputs
            .into_iter()
            .find(|(id, _)| {
                *id == Some(iced::advanced::widget::Id::new(
                    commplan::screen::deliverables::QUERY_INPUT,
                ))
            })
            .expect("the query shows")
            .1;
        assert!(
            query.width >= 300.0,
            "{language}: the deliverables' query is {} px wide",
            query.width
        );
        for list in lists(&mut mouse, &h) {
            assert!(
                list.x + list.width <= walk::WINDOW.width,
                "{language}: a deliverables filter runs off the window: {list:?}"
            );
        }

        // Partners: the role list shows every role whole.
        h.update(Message::Navigate(Screen::Partners));
        let roles: Vec<String> = commplan_core::vocab::Role::ALL
            .iter()
            .map(commplan::label::Label::label)
            .collect();
        let role = lists(&mut mouse, &h)
            .into_iter()
            .next()
            .expect("the role list shows");
        shows_whole(language, "partner role", role, &roles, 16.0);
    }
    i18n::select("en");
}
