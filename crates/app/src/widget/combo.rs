//! A text field with a list of choices that drops down under it (a combo
//! box): the person types (a time such as `9:30`, a city such as
//! "lisbon") or opens the list with the arrow beside the field and picks.
//!
//! iced 0.14's own `combo_box` keeps its text in a state the screen must
//! store and cannot be given a widget id; this one keeps no state: the
//! screen holds the text and whether the list is open, and builds the
//! choices. The list floats over the form (an `iced_aw` `DropDown`, as the
//! date picker), so nothing under the pointer moves when it opens, and a
//! click outside or Escape closes it without a change.
//!
//! Two lists are built here for every form to reuse: times of day in
//! 15-minute steps ([`times`]) and time zones found by city, region or
//! country ([`zones`]).

use chrono::{NaiveTime, Timelike};
use chrono_tz::Tz;
use iced::widget::{Id, button, column, container, row, scrollable, text};
use iced::{Alignment, Element, Length};
use iced_aw::DropDown;

use super::icon;
use crate::theme;

/// One entry of the list: what a person reads, and what picking it sends.
pub struct Choice<M> {
    pub label: String,
    pub message: M,
    /// The entry the field holds now (drawn as chosen).
    pub chosen: bool,
}

/// The list under the field, when it is open.
pub struct List<M> {
    pub choices: Vec<Choice<M>>,
    /// Said when nothing matches what was typed.
    pub empty: String,
    /// The list's scrollable, to scroll to the chosen entry.
    pub id: Option<Id>,
}

/// What the combo sends besides a choice.
pub struct Messages<M> {
    /// The arrow beside the field was pressed (open, or close if open).
    pub toggle: M,
    /// A click outside the list, or Escape: close without a change.
    pub dismiss: M,
}

/// The height of one entry of the list, in logical pixels.
pub const ENTRY: f32 = 26.0;
/// How many entries show before the list scrolls.
const SHOWN: f32 = 9.0;

/// `field` (a text input the screen built, with its id and messages) with
/// its arrow, and `list` floating under it when open.
pub fn combo<'a, M: Clone + 'a>(
    field: impl Into<Element<'a, M>>,
    list: Option<List<M>>,
    messages: Messages<M>,
) -> Element<'a, M> {
    let toggle = button(icon::icon(icon::CHEVRON_DOWN).size(14))
        .padding([5, 7])
        .style(theme::tool_button)
        .on_press(messages.toggle);
    let underlay = row![field.into(), toggle]
        .spacing(2)
        .align_y(Alignment::Center);
    let open = list.is_some();
    let overlay: Element<'a, M> = match list {
        Some(list) => menu(list),
        None => iced::widget::Space::new().into(),
    };
    DropDown::new(underlay, overlay, open)
        .on_dismiss(messages.dismiss)
        .alignment(iced_aw::drop_down::Alignment::BottomEnd)
        .width(Length::Shrink)
        .into()
}

/// The list: one button per choice, scrolling past [`SHOWN`] entries.
fn menu<'a, M: Clone + 'a>(list: List<M>) -> Element<'a, M> {
    if list.choices.is_empty() {
        return container(text(list.empty).size(13).style(theme::muted))
            .padding([6, 10])
            .style(theme::dialog)
            .into();
    }
    let longest = list
        .choices
        .iter()
        .map(|c| c.label.chars().count())
        .max()
        .unwrap_or(0);
    // As wide as the longest entry (the interface font averages a little
    // over half its size per letter), within a form's width.
    let width = (longest as f32 * 13.0 * 0.55 + 28.0).clamp(90.0, 520.0);
    let count = list.choices.len() as f32;
    let entries = column(list.choices.into_iter().map(|choice| {
        button(text(choice.label).size(13).wrapping(text::Wrapping::None))
            .width(Length::Fill)
            .height(ENTRY)
            .padding([4, 8])
            .style(if choice.chosen {
                button::primary
            } else {
                button::text
            })
            .on_press(choice.message)
            .into()
    }));
    let mut scroll = scrollable(entries).height(Length::Fixed(ENTRY * count.min(SHOWN)));
    if let Some(id) = list.id {
        scroll = scroll.id(id);
    }
    container(scroll)
        .width(width)
        .padding(3)
        .style(theme::dialog)
        .into()
}

/// The times of a day in steps of `step` minutes (00:00, 00:15, …).
pub fn times(step: u32) -> Vec<NaiveTime> {
    let step = step.clamp(1, 60);
    (0..24 * 60)
        .step_by(step as usize)
        .filter_map(|m| NaiveTime::from_hms_opt(m / 60, m % 60, 0))
        .collect()
}

/// The times of [`times`]`(15)` that what was typed can be the start of
/// (`9` gives 09:00…09:45, `9:3` and `09.3` give 09:30), or every one when
/// `typed` is empty or is itself one of them (the list opened on a value).
pub fn times_for(typed: &str) -> Vec<NaiveTime> {
    let all = times(15);
    let typed = typed.trim().replace(['.', 'h'], ":");
    if typed.is_empty() || all.iter().any(|t| t.format("%H:%M").to_string() == typed) {
        return all;
    }
    let (hour, minutes) = match typed.split_once(':') {
        Some((h, m)) => (h, m),
        None => (typed.as_str(), ""),
    };
    let Ok(hour) = hour.parse::<u32>() else {
        return Vec::new();
    };
    all.into_iter()
        .filter(|t| t.hour() == hour && format!("{:02}", t.minute()).starts_with(minutes))
        .collect()
}

/// The position of `time` in [`times`]`(15)` (the step it falls in).
pub fn step_of(time: NaiveTime) -> usize {
    (time.hour() * 4 + time.minute() / 15) as usize
}

/// How many zones the zone list shows at most.
pub const ZONES_SHOWN: usize = 40;

/// The zones a person may mean by `typed` ("lisbon", "Ljubljana", "new
/// york", "Europe/Lisbon", "portugal", "Portogallo", "PT"), found by [`commplan_core::zone::search`];
/// at most [`ZONES_SHOWN`].
pub fn zones(typed: &str) -> Vec<Tz> {
    let mut found = commplan_core::zone::search(typed);
    found.truncate(ZONES_SHOWN);
    found
}

/// A zone as the list names it: the city, its country in the interface's
/// language, then the IANA name ("Lisbon · Portugal · Europe/Lisbon",
/// "Lisbona" not being an IANA city: "Lisbon · Portogallo ·
/// Europe/Lisbon" in Italian); without the country for a zone of none.
pub fn zone_label(zone: Tz) -> String {
    let city = commplan_core::zone::city(zone);
    match commplan_core::zone::country(zone) {
        Some(country) => format!("{city} · {country} · {}", zone.name()),
        None => format!("{city} · {}", zone.name()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hm(text: &str) -> Vec<String> {
        times_for(text)
            .iter()
            .map(|t| t.format("%H:%M").to_string())
            .collect()
    }

    #[test]
    fn a_day_in_quarters_and_what_a_typed_start_narrows_it_to() {
        assert_eq!(times(15).len(), 96);
        assert_eq!(hm("9"), ["09:00", "09:15", "09:30", "09:45"]);
        assert_eq!(hm("09.3"), ["09:30"]);
        assert_eq!(hm("10:1"), ["10:15"]);
        assert_eq!(hm("10:15").len(), 96, "a value opens the whole list");
        assert_eq!(hm("").len(), 96);
        assert!(hm("25").is_empty() && hm("half past").is_empty());
        let ten = NaiveTime::from_hms_opt(10, 20, 0).unwrap();
        assert_eq!(step_of(ten), 41);
    }

    #[test]
    fn zones_by_city_in_any_case() {
        let lisbon: Tz = "Europe/Lisbon".parse().unwrap();
        assert_eq!(zones("lisbon").first(), Some(&lisbon));
        assert_eq!(zones("LISBON").first(), Some(&lisbon));
        assert!(
            zones("Ljubljana")
                .iter()
                .any(|z| z.name() == "Europe/Ljubljana")
        );
        assert!(zones("europe/").len() <= ZONES_SHOWN);
        assert_eq!(zones("portugal").first(), Some(&lisbon));
        assert_eq!(zones("Portogallo").first(), Some(&lisbon));
        let label = zone_label(lisbon);
        let country = label
            .strip_prefix("Lisbon · ")
            .and_then(|l| l.strip_suffix(" · Europe/Lisbon"));
        assert!(
            matches!(country, Some("Portugal" | "Portogallo" | "Portugalska")),
            "{label}"
        );
        let utc: Tz = "Etc/UTC".parse().unwrap();
        assert_eq!(zone_label(utc), "UTC · Etc/UTC", "no country");
    }
}
