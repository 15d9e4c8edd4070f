//! The partners' shares of an indicator: what each achieved against its
//! own target, in aligned columns.

use iced::widget::{Space, column, container, progress_bar, row, text};
use iced::{Alignment, Element, Fill, Length};

use super::{Message, percent};
use crate::theme;
use crate::widget;
use commplan_core::indicators::{self, series::Figures};
use commplan_core::{Indicator, Plan};
use commplan_core::{fl, format};

/// The widths of the partner table's figure columns.
const ACTUAL: f32 = 80.0;
const TARGET: f32 = 100.0;
const BAR: f32 = 160.0;
const PERCENT: f32 = 56.0;

/// Each partner's share: what it achieved against its own target.
pub fn partner_table<'a>(
    plan: &'a Plan,
    figures: &Figures,
    index: usize,
    indicator: &'a Indicator,
    months: std::ops::Range<usize>,
) -> Element<'a, Message> {
    let shares = figures.by_partner(index, months);
    let rows: Vec<_> = figures
        .partners
        .iter()
        .zip(shares)
        .filter_map(|(id, actual)| {
            let target = indicator.partner_targets.get(id).copied();
            (actual > 0 || target.is_some()).then_some((id, actual, target))
        })
        .collect();
    if rows.is_empty() {
        return text(fl!("indicators-no-partner-figures"))
            .style(theme::muted)
            .into();
    }
    let header = row![
        widget::cell(widget::header(fl!("indicators-partner")), Fill),
        right(widget::header(fl!("indicators-actual")), ACTUAL),
        right(widget::header(fl!("indicators-target")), TARGET),
        Space::new().width(Length::Fixed(BAR)),
        right(widget::header(String::from("%")), PERCENT),
    ]
    .spacing(12)
    .padding([0, 8]);
    let lines = rows
        .into_iter()
        .enumerate()
        .map(|(n, (id, actual, target))| {
            let name = plan
                .partner(id)
                .map_or(String::new(), |p| p.label().to_owned());
            let share = target.map(|t| indicators::progress(actual, t));
            container(
                row![
                    widget::cell(
                        row![
                            widget::cell(widget::partner(plan, id), 80),
                            text(name).size(14)
                        ]
                        .spacing(8)
                        .align_y(Alignment::Center),
                        Fill
                    ),
                    right(text(format::number(actual)).size(14), ACTUAL),
                    right(
                        text(target.map_or_else(|| fl!("indicators-no-target"), format::number))
                            .size(14),
                        TARGET
                    ),
                    container(share.map_or_else(
                        || Element::from(Space::new()),
                        |s| progress_bar(0.0..=1.0, s.min(1.0)).girth(6).into()
                    ))
                    .width(Length::Fixed(BAR)),
                    right(
                        text(share.map_or_else(String::new, percent)).size(14),
                        PERCENT
                    ),
                ]
                .spacing(12)
                .align_y(Alignment::Center),
            )
            .padding([5, 8])
            .style(theme::row(n % 2 == 1))
            .into()
        });
    column![header, column(lines).spacing(0)].spacing(6).into()
}

/// A cell whose content sits at its right edge (figures).
fn right<'a>(content: impl Into<Element<'a, Message>>, width: f32) -> Element<'a, Message> {
    container(content)
        .width(Length::Fixed(width))
        .align_right(Length::Fixed(width))
        .into()
}
