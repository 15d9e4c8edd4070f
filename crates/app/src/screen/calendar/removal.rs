//! Deleting an activity. A campaign with items of its own is not simply
//! refused or silently orphaned: the calendar names its items and offers
//! to delete them too or to keep them without the campaign. Either way it
//! is one edit, undone in one step.

use chrono::Utc;
use iced::widget::{Space, button, center, column, container, opaque, row, text};
use iced::{Element, Fill};

use super::Message;
use crate::theme;
use commplan_core::{ActivityId, Change, Edit, Plan, fl};

/// Items named in the question at most; the rest are counted.
const NAMED: usize = 8;

/// The items of campaign `id`, in the plan's order.
pub fn items(plan: &Plan, id: ActivityId) -> Vec<ActivityId> {
    plan.activities
        .iter()
        .filter(|a| a.campaign == Some(id))
        .map(|a| a.id)
        .collect()
}

/// Removes `id`; with `items`, its campaign's items are removed too (first)
/// or kept without the campaign.
pub fn edit(plan: &Plan, id: ActivityId, with_items: bool) -> Edit {
    let items = items(plan, id);
    if items.is_empty() {
        return Edit::Activity(Change::Remove(id));
    }
    let mut edits: Vec<Edit> = items
        .iter()
        .filter_map(|item| plan.activity(*item))
        .map(|item| {
            if with_items {
                Edit::Activity(Change::Remove(item.id))
            } else {
                let mut kept = item.clone();
                kept.campaign = None;
                kept.stamp(item, Utc::now());
                Edit::Activity(Change::Update(kept))
            }
        })
        .collect();
    edits.push(Edit::Activity(Change::Remove(id)));
    Edit::Batch(edits)
}

/// The question about campaign `id`, over the calendar.
pub fn view<'a>(plan: &'a Plan, id: ActivityId) -> Element<'a, Message> {
    let Some(campaign) = plan.activity(id) else {
        return Space::new().into();
    };
    let items = items(plan, id);
    let mut named = column![].spacing(2);
    for item in items.iter().take(NAMED).filter_map(|i| plan.activity(*i)) {
        named = named.push(text(format!("• {}", item.title)).size(13));
    }
    if items.len() > NAMED {
        named = named.push(
            text(fl!(
                "calendar-campaign-more",
                count = ((items.len() - NAMED) as u64)
            ))
            .size(13)
            .style(theme::muted),
        );
    }
    let content = column![
        text(fl!(
            "calendar-campaign-delete-title",
            title = campaign.title.as_str()
        ))
        .size(18),
        text(fl!("calendar-campaign-delete-items", count = items.len())),
        named,
        row![
            button(text(fl!("calendar-campaign-cancel")))
                .padding([8, 14])
                .style(button::secondary)
                .on_press(Message::RemovalCancelled),
            Space::new().width(Fill),
            button(text(fl!("calendar-campaign-keep", count = items.len())))
                .padding([8, 14])
                .style(button::secondary)
                .on_press(Message::RemovalConfirmed(id, false)),
            button(text(fl!(
                "calendar-campaign-delete-all",
                count = items.len()
            )))
            .padding([8, 14])
            .style(button::danger)
            .on_press(Message::RemovalConfirmed(id, true)),
        ]
        .spacing(8),
    ]
    .spacing(12);
    opaque(
        container(center(
            container(content)
                .padding(24)
                .max_width(640)
                .style(theme::dialog),
        ))
        .width(Fill)
        .height(Fill)
        .style(theme::backdrop),
    )
}
