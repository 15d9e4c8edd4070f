//! Colours and named style functions. Views ask for a style by name here
//! instead of building colours inline.

use iced::border::{self, Border};
use iced::theme::Palette;
use iced::widget::{button, container, text};
use iced::{Background, Color, Shadow, Theme};

use crate::config::ThemeChoice;
use commplan_core::value;

/// The light theme.
pub fn light() -> Theme {
    Theme::custom(
        "CommPlan Light",
        Palette {
            background: rgb(0xf6, 0xf7, 0xf9),
            text: rgb(0x1d, 0x23, 0x30),
            primary: rgb(0x1f, 0x5f, 0xa8),
            success: rgb(0x2e, 0x7d, 0x32),
            warning: rgb(0xb2, 0x6a, 0x00),
            danger: rgb(0xc6, 0x28, 0x28),
        },
    )
}

/// The dark theme.
pub fn dark() -> Theme {
    Theme::custom(
        "CommPlan Dark",
        Palette {
            background: rgb(0x1a, 0x1d, 0x23),
            text: rgb(0xe4, 0xe7, 0xec),
            primary: rgb(0x5b, 0x9b, 0xe6),
            success: rgb(0x66, 0xbb, 0x6a),
            warning: rgb(0xff, 0xb7, 0x4d),
            danger: rgb(0xef, 0x6c, 0x6c),
        },
    )
}

/// The theme for a choice; `None` lets iced follow the system.
pub fn for_choice(choice: ThemeChoice, system_is_dark: bool) -> Theme {
    match choice {
        ThemeChoice::Light => light(),
        ThemeChoice::Dark => dark(),
        ThemeChoice::System if system_is_dark => dark(),
        ThemeChoice::System => light(),
    }
}

const fn rgb(r: u8, g: u8, b: u8) -> Color {
    Color::from_rgb8(r, g, b)
}

/// A plan colour as an iced colour.
pub fn plan_color(color: value::Color) -> Color {
    Color::from_rgb8(color.r, color.g, color.b)
}

/// Black or white, whichever reads better on `background`.
pub fn text_on(background: value::Color) -> Color {
    if background.luminance() > 0.45 {
        Color::BLACK
    } else {
        Color::WHITE
    }
}

fn mix(a: Color, b: Color, t: f32) -> Color {
    Color {
        r: a.r + (b.r - a.r) * t,
        g: a.g + (b.g - a.g) * t,
        b: a.b + (b.b - a.b) * t,
        a: a.a + (b.a - a.a) * t,
    }
}

/// Secondary text: dates, counts, hints.
pub fn muted(theme: &Theme) -> text::Style {
    let palette = theme.palette();
    text::Style {
        color: Some(mix(palette.text, palette.background, 0.4)),
    }
}

/// The line through a cancelled item's title, in the text's colour.
pub fn strike(theme: &Theme) -> container::Style {
    let palette = theme.palette();
    filled(mix(palette.text, palette.background, 0.2))
}

/// A plain area of one colour (lines drawn as thin containers).
fn filled(color: Color) -> container::Style {
    container::Style {
        background: Some(Background::Color(color)),
        ..container::Style::default()
    }
}

pub fn danger_text(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(theme.palette().danger),
    }
}

pub fn warning_text(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(theme.palette().warning),
    }
}

pub fn success_text(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(theme.palette().success),
    }
}

/// The sidebar's background, a shade off the page.
pub fn sidebar(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style {
        background: Some(Background::Color(palette.background.weak.color)),
        ..container::Style::default()
    }
}

/// A sidebar entry; the current screen stands out.
pub fn nav_button(selected: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        let palette = theme.extended_palette();
        let (background, text_color) = if selected {
            (Some(palette.primary.weak.color), palette.primary.weak.text)
        } else if matches!(status, button::Status::Hovered | button::Status::Pressed) {
            (
                Some(palette.background.strong.color),
                palette.background.base.text,
            )
        } else {
            (None, palette.background.base.text)
        };
        button::Style {
            background: background.map(Background::Color),
            text_color,
            border: border::rounded(6),
            shadow: Shadow::default(),
            snap: true,
        }
    }
}

/// A raised panel for a group of content.
pub fn card(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    let surface = if palette.is_dark {
        mix(palette.background.base.color, Color::WHITE, 0.04)
    } else {
        Color::WHITE
    };
    container::Style {
        background: Some(Background::Color(surface)),
        border: Border {
            color: palette.background.strong.color,
            width: 1.0,
            radius: 8.0.into(),
        },
        ..container::Style::default()
    }
}

/// The bar above the content with the file actions.
pub fn toolbar(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style {
        background: Some(Background::Color(palette.background.base.color)),
        border: Border {
            color: palette.background.strong.color,
            width: 0.0,
            radius: 0.0.into(),
        },
        ..container::Style::default()
    }
}

/// How serious a notice is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Info,
    Success,
    Warning,
    Danger,
}

/// A banner across the top of the content.
pub fn banner(tone: Tone) -> impl Fn(&Theme) -> container::Style {
    move |theme| {
        let palette = theme.extended_palette();
        let pair = match tone {
            Tone::Info => palette.primary.weak,
            Tone::Success => palette.success.weak,
            Tone::Warning => palette.warning.weak,
            Tone::Danger => palette.danger.weak,
        };
        container::Style {
            background: Some(Background::Color(pair.color)),
            text_color: Some(pair.text),
            border: border::rounded(6),
            ..container::Style::default()
        }
    }
}

/// A small coloured chip, e.g. a partner's colour.
pub fn chip(color: value::Color) -> impl Fn(&Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Background::Color(plan_color(color))),
        text_color: Some(text_on(color)),
        border: border::rounded(4),
        ..container::Style::default()
    }
}

/// A badge with a tone (status, kind).
pub fn badge(tone: Tone) -> impl Fn(&Theme) -> container::Style {
    move |theme| {
        let palette = theme.extended_palette();
        let pair = match tone {
            Tone::Info => palette.secondary.weak,
            Tone::Success => palette.success.weak,
            Tone::Warning => palette.warning.weak,
            Tone::Danger => palette.danger.weak,
        };
        container::Style {
            background: Some(Background::Color(pair.color)),
            text_color: Some(pair.text),
            border: border::rounded(4),
            ..container::Style::default()
        }
    }
}

/// A row in a list, striped for reading across.
pub fn row(striped: bool) -> impl Fn(&Theme) -> container::Style {
    move |theme| {
        let palette = theme.palette();
        let stripe = mix(palette.background, palette.text, 0.035);
        container::Style {
            background: striped.then_some(Background::Color(stripe)),
            border: border::rounded(4),
            ..container::Style::default()
        }
    }
}

/// A quiet button for toolbars: no fill until hovered.
pub fn tool_button(theme: &Theme, status: button::Status) -> button::Style {
    let palette = theme.extended_palette();
    let base = button::Style {
        background: None,
        text_color: palette.background.base.text,
        border: Border {
            color: palette.background.strong.color,
            width: 1.0,
            radius: 6.0.into(),
        },
        shadow: Shadow::default(),
        snap: true,
    };
    match status {
        button::Status::Active => base,
        button::Status::Hovered => button::Style {
            background: Some(Background::Color(palette.background.weak.color)),
            ..base
        },
        button::Status::Pressed => button::Style {
            background: Some(Background::Color(palette.background.strong.color)),
            ..base
        },
        button::Status::Disabled => button::Style {
            text_color: mix(
                palette.background.base.text,
                palette.background.base.color,
                0.6,
            ),
            border: Border {
                color: palette.background.weak.color,
                ..base.border
            },
            ..base
        },
    }
}

/// A modal dialog's frame: set off from the dimmed window by a darker
/// border, not a shadow. iced 0.14's CPU renderer culls a shadowed quad
/// wrongly when part of the window is redrawn, so a dialog with a shadow
/// turned black piece by piece under the mouse (iced-rs/iced#3359).
pub fn dialog(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    let mut style = card(theme);
    style.border.color = palette.background.strongest.color;
    style
}

/// The dimmed backdrop behind a dialog.
pub fn backdrop(_theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(Color {
            a: 0.45,
            ..Color::BLACK
        })),
        ..container::Style::default()
    }
}

/// The ring around the control that has the keyboard focus in a dialog that
/// keeps its own focus (buttons and lists take none in iced); an invisible
/// ring of the same width otherwise, so nothing moves when focus does.
pub fn focus_ring(focused: bool) -> impl Fn(&Theme) -> container::Style {
    move |theme| container::Style {
        border: Border {
            color: if focused {
                theme.palette().primary
            } else {
                Color::TRANSPARENT
            },
            width: 2.0,
            radius: border::radius(6.0),
        },
        ..container::Style::default()
    }
}

/// How a calendar item stands out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ItemLook {
    pub selected: bool,
    pub conflict: bool,
    /// An idea, or a cancelled item: drawn faint.
    pub faint: bool,
}

/// A calendar item in its partner's colour: a tint with a border of the
/// colour itself; a selected item ringed, a conflict in red.
pub fn item(color: value::Color, look: ItemLook) -> impl Fn(&Theme) -> container::Style {
    move |theme| {
        let palette = theme.palette();
        let own = plan_color(color);
        let tint = mix(palette.background, own, if look.faint { 0.12 } else { 0.3 });
        let (border_color, width) = if look.selected {
            (palette.primary, 2.0)
        } else if look.conflict {
            (palette.danger, 2.0)
        } else {
            (own, 1.0)
        };
        container::Style {
            background: Some(Background::Color(tint)),
            text_color: Some(if look.faint {
                mix(palette.text, palette.background, 0.45)
            } else {
                palette.text
            }),
            border: Border {
                color: border_color,
                width,
                radius: 4.0.into(),
            },
            ..container::Style::default()
        }
    }
}

/// A day of the month grid or a column of the week: today tinted, the
/// picked day ringed, days of other months dimmed.
pub fn day(today: bool, picked: bool, other_month: bool) -> impl Fn(&Theme) -> container::Style {
    move |theme| {
        let palette = theme.extended_palette();
        let base = palette.background.base;
        let background = if today {
            mix(base.color, palette.primary.base.color, 0.1)
        } else if other_month {
            mix(base.color, base.text, 0.03)
        } else {
            base.color
        };
        container::Style {
            background: Some(Background::Color(background)),
            text_color: Some(if other_month {
                mix(base.text, base.color, 0.5)
            } else {
                base.text
            }),
            border: Border {
                color: if picked {
                    palette.primary.base.color
                } else {
                    palette.background.strong.color
                },
                width: if picked { 2.0 } else { 0.5 },
                radius: 0.0.into(),
            },
            ..container::Style::default()
        }
    }
}

/// A deliverable's due date in the calendar.
pub fn deadline(theme: &Theme) -> container::Style {
    let pair = theme.extended_palette().danger.weak;
    container::Style {
        background: Some(Background::Color(pair.color)),
        text_color: Some(pair.text),
        border: border::rounded(4),
        ..container::Style::default()
    }
}

/// The thin lines of the week's hour grid.
pub fn hour_line(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style {
        border: Border {
            color: palette.background.weak.color,
            width: 0.5,
            radius: 0.0.into(),
        },
        ..container::Style::default()
    }
}

/// Today's date, in a filled badge.
pub fn today_badge(theme: &Theme) -> container::Style {
    let pair = theme.extended_palette().primary.base;
    container::Style {
        background: Some(Background::Color(pair.color)),
        text_color: Some(pair.text),
        border: border::rounded(8),
        ..container::Style::default()
    }
}

/// The line that marks today across the timeline's rows.
pub fn today_line(theme: &Theme) -> container::Style {
    filled(theme.extended_palette().primary.base.color)
}

/// Text on the primary colour.
pub fn on_primary(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(theme.extended_palette().primary.base.text),
    }
}

/// The row being edited.
pub fn row_selected(theme: &Theme) -> container::Style {
    let palette = theme.palette();
    container::Style {
        background: Some(Background::Color(mix(
            palette.background,
            palette.primary,
            0.12,
        ))),
        border: border::rounded(4),
        ..container::Style::default()
    }
}

/// A text field holding something that cannot be read.
pub fn input_invalid(
    theme: &Theme,
    status: iced::widget::text_input::Status,
) -> iced::widget::text_input::Style {
    let mut style = iced::widget::text_input::default(theme, status);
    style.border.color = theme.palette().danger;
    style.border.width = 1.5;
    style
}

/// A cell (a day, a half hour) where a dragged item would land.
pub fn drop_target(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style {
        background: Some(Background::Color(mix(
            palette.background.base.color,
            palette.primary.base.color,
            0.22,
        ))),
        text_color: Some(palette.background.base.text),
        border: Border {
            color: palette.primary.base.color,
            width: 1.0,
            radius: 2.0.into(),
        },
        ..container::Style::default()
    }
}

/// A half hour where a dragged item would land: tinted, without the
/// border a whole day gets, so the lit hours read as one block.
pub fn drop_slot(theme: &Theme) -> container::Style {
    let mut style = drop_target(theme);
    style.border = Border::default();
    style
}
