//! The frame around the screens: sidebar, toolbar, banners, window icon.

use std::path::{Path, PathBuf};

use iced::widget::{button, column, container, pick_list, row, text, tooltip};
use iced::{Alignment, Element, Fill};

use super::{App, Message, files};
use crate::screen::Screen;
use crate::theme::{self, Tone};
use crate::widget::pick::Pick;
use crate::widget::{self, BOLD, icon};
use commplan_core::fl;

pub fn sidebar(app: &App) -> Element<'_, Message> {
    let brand = column![
        row![
            icon::sized(icon::CALENDAR_RANGE, 22),
            text(fl!("app-name")).size(20).font(BOLD)
        ]
        .spacing(8)
        .align_y(Alignment::Center),
        text(app.plan.display_name().to_owned())
            .size(13)
            .style(theme::muted),
    ]
    .spacing(4)
    .padding([4, 8]);
    let entries = Screen::ALL.into_iter().map(|screen| {
        button(
            row![icon::icon(screen.icon()), text(screen.title())]
                .spacing(10)
                .align_y(Alignment::Center),
        )
        .width(Fill)
        .padding([8, 10])
        .style(theme::nav_button(app.screen == screen))
        .on_press(Message::Navigate(screen))
        .into()
    });
    container(
        column![brand, column(entries).spacing(2)]
            .spacing(20)
            .padding(12),
    )
    .width(210)
    .height(Fill)
    .style(theme::sidebar)
    .into()
}

fn tool<'a>(
    glyph: char,
    label: String,
    hint: String,
    message: Option<Message>,
) -> Element<'a, Message> {
    tooltip(
        button(
            row![icon::icon(glyph), text(label)]
                .spacing(6)
                .align_y(Alignment::Center),
        )
        .style(theme::tool_button)
        .padding([5, 10])
        .on_press_maybe(message),
        container(text(hint).size(12)).padding(6).style(theme::card),
        tooltip::Position::Bottom,
    )
    .into()
}

fn icon_tool<'a>(glyph: char, hint: String, message: Option<Message>) -> Element<'a, Message> {
    tooltip(
        button(icon::icon(glyph))
            .style(theme::tool_button)
            .padding([5, 8])
            .on_press_maybe(message),
        container(text(hint).size(12)).padding(6).style(theme::card),
        tooltip::Position::Bottom,
    )
    .into()
}

/// A recent plan in the pick list, read as its file name and its folder.
fn recent_plan(path: &Path) -> Pick<PathBuf> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let folder = path
        .parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    Pick::new(path.to_path_buf(), format!("{name} — {folder}"))
}

pub fn toolbar(app: &App) -> Element<'_, Message> {
    let file = |m: files::Message| Some(Message::File(m));
    let recent: Vec<Pick<PathBuf>> = app.settings.recent.iter().map(|p| recent_plan(p)).collect();
    let status = if app.loading {
        text(fl!("status-opening")).style(theme::muted)
    } else if app.document.saving {
        text(fl!("status-saving")).style(theme::muted)
    } else if app.document.failed {
        text(fl!("status-save-failed")).style(theme::danger_text)
    } else if app.document.read_only.is_some() {
        text(fl!("status-read-only")).style(theme::warning_text)
    } else if app.document.is_dirty() || !app.unsaved_screens().is_empty() {
        // An editor holding changes counts as unsaved work too.
        text(fl!("status-unsaved")).style(theme::muted)
    } else {
        text(fl!("status-saved")).style(theme::muted)
    };
    let undo_hint = match app.history.undo_subject() {
        Some(subject) => fl!("toolbar-undo-what", what = subject.to_string()),
        None => fl!("toolbar-undo-nothing"),
    };
    let redo_hint = match app.history.redo_subject() {
        Some(subject) => fl!("toolbar-redo-what", what = subject.to_string()),
        None => fl!("toolbar-redo-nothing"),
    };
    let editable = app.document.read_only.is_none();
    container(
        row![
            tool(
                icon::FILE_PLUS,
                fl!("toolbar-new"),
                fl!("toolbar-new-hint"),
                file(files::Message::New)
            ),
            tool(
                icon::FOLDER_OPEN,
                fl!("toolbar-open"),
                fl!("toolbar-open-hint"),
                file(files::Message::Open)
            ),
            pick_list(recent, None::<Pick<PathBuf>>, |r| Message::File(
                files::Message::OpenRecent(r.value)
            ))
            .placeholder(fl!("toolbar-recent"))
            .width(180)
            .text_size(14),
            tool(
                icon::SAVE,
                fl!("toolbar-save-as"),
                fl!("toolbar-save-as-hint"),
                file(files::Message::SaveAs)
            ),
            tool(
                icon::DOWNLOAD,
                fl!("toolbar-export"),
                fl!("toolbar-export-hint"),
                Some(Message::Export(super::export::Message::Opened))
            ),
            tool(
                icon::UPLOAD,
                fl!("toolbar-publish"),
                fl!("toolbar-publish-hint"),
                Some(Message::Publish(super::publish::Message::Opened))
            ),
            // The status takes what room is left, on two lines if it must:
            // undo and redo stay in the window in every language.
            status
                .size(13)
                .width(Fill)
                .align_x(iced::alignment::Horizontal::Right)
                .wrapping(text::Wrapping::WordOrGlyph),
            icon_tool(
                icon::UNDO_2,
                undo_hint,
                (editable && app.history.can_undo()).then_some(Message::Undo)
            ),
            icon_tool(
                icon::REDO_2,
                redo_hint,
                (editable && app.history.can_redo()).then_some(Message::Redo)
            ),
        ]
        .spacing(8)
        .height(36)
        .align_y(Alignment::Center),
    )
    .padding([8, 16])
    .width(Fill)
    .style(theme::toolbar)
    .into()
}

fn banner<'a>(
    tone: Tone,
    glyph: char,
    message: String,
    action: Option<(String, Message)>,
    dismiss: Option<Message>,
) -> Element<'a, Message> {
    let mut line = row![icon::icon(glyph), text(message).width(Fill)]
        .spacing(10)
        .align_y(Alignment::Center);
    if let Some((label, message)) = action {
        line = line.push(
            button(text(label))
                .style(button::primary)
                .padding([4, 12])
                .on_press(message),
        );
    }
    if let Some(dismiss) = dismiss {
        line = line.push(
            button(icon::icon(icon::X))
                .style(button::text)
                .on_press(dismiss),
        );
    }
    container(line)
        .padding([8, 12])
        .width(Fill)
        .style(theme::banner(tone))
        .into()
}

/// The read-only and notice banners, if any.
pub fn banners(app: &App) -> Option<Element<'_, Message>> {
    let mut items = Vec::new();
    if let Some(reason) = &app.document.read_only
        && !app.loading
    {
        items.push(banner(
            Tone::Warning,
            icon::LOCK,
            super::read_only_text(reason),
            (app.document.path.is_some()).then(|| {
                (
                    fl!("toolbar-save-as"),
                    Message::File(files::Message::SaveAs),
                )
            }),
            None,
        ));
    }
    if let Some(notice) = &app.notice {
        let glyph = match notice.tone {
            Tone::Danger | Tone::Warning => icon::TRIANGLE_ALERT,
            Tone::Success => icon::CIRCLE_CHECK,
            Tone::Info => icon::INFO,
        };
        items.push(banner(
            notice.tone,
            glyph,
            notice.text.clone(),
            // After a failed save, the way out is one click away.
            app.document.failed.then(|| {
                (
                    fl!("toolbar-save-as"),
                    Message::File(files::Message::SaveAs),
                )
            }),
            Some(Message::NoticeDismissed),
        ));
    }
    (!items.is_empty()).then(|| container(column(items).spacing(6)).padding([8, 16]).into())
}

/// The app icon (assets/icons, rendered from its SVG), embedded in the
/// binary. 128 px: crisp in task switchers, and decoding its 6 KB takes
/// well under a millisecond at start-up.
const ICON_PNG: &[u8] = include_bytes!("../../../../assets/icons/eu.commplan.CommPlan-128.png");

/// The window icon, decoded from the embedded PNG; none (the system's
/// default) if that ever fails, which a unit test rules out.
pub fn window_icon() -> Option<iced::window::Icon> {
    let (rgba, width, height) = decode_rgba(ICON_PNG)?;
    iced::window::icon::from_rgba(rgba, width, height).ok()
}

/// 8-bit RGBA pixels, width and height of a PNG; other formats are not
/// expected here and give `None`.
fn decode_rgba(png_bytes: &[u8]) -> Option<(Vec<u8>, u32, u32)> {
    let decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    let mut reader = decoder.read_info().ok()?;
    let mut buffer = vec![0; reader.output_buffer_size()];
    let frame = reader.next_frame(&mut buffer).ok()?;
    if frame.color_type != png::ColorType::Rgba || frame.bit_depth != png::BitDepth::Eight {
        tracing::warn!("the window icon is not 8-bit RGBA: {:?}", frame.color_type);
        return None;
    }
    buffer.truncate(frame.buffer_size());
    Some((buffer, frame.width, frame.height))
}

/// The heading line of a dialog.
pub fn dialog_title<'a>(glyph: char, title: String) -> Element<'a, Message> {
    row![
        icon::sized(glyph, 20),
        text(title).size(18).font(widget::BOLD)
    ]
    .spacing(10)
    .align_y(Alignment::Center)
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_icon_is_the_app_icon() {
        let (rgba, width, height) = decode_rgba(ICON_PNG).expect("the embedded icon decodes");
        assert_eq!((width, height), (128, 128));
        assert_eq!(rgba.len(), 128 * 128 * 4);
        let pixel = |x: usize, y: usize| &rgba[(y * 128 + x) * 4..(y * 128 + x) * 4 + 4];
        // Transparent corner, the blue header band (#1f5fa8-ish), a white page.
        assert_eq!(pixel(0, 0)[3], 0);
        let header = pixel(64, 36);
        assert!(
            header[3] == 255 && header[2] > 150 && header[0] < 60,
            "{header:?}"
        );
        let page = pixel(20, 110);
        assert!(page[3] == 255 && page[0] > 200, "{page:?}");
        let (raw, size) = window_icon().expect("an icon").into_raw();
        assert_eq!(
            (raw.len(), size.width, size.height),
            (128 * 128 * 4, 128, 128)
        );
    }

    #[test]
    fn a_broken_icon_gives_none() {
        assert!(decode_rgba(b"not a png").is_none());
        assert!(decode_rgba(&ICON_PNG[..100]).is_none());
    }
}
