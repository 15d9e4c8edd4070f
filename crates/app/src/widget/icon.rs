//! Icons from the Lucide set (ISC licence), drawn with a subset of its font
//! kept in assets/fonts.

use iced::widget::{Text, text};
use iced::{Font, Pixels};

/// The icon font's family.
pub const FONT: Font = Font::with_name("lucide");

/// The icon font's bytes, loaded at start-up.
pub const BYTES: &[u8] = include_bytes!("../../../../assets/fonts/lucide-subset.ttf");

/// An icon at the default size.
pub fn icon<'a>(glyph: char) -> Text<'a> {
    sized(glyph, 16)
}

/// An icon at a given size.
pub fn sized<'a>(glyph: char, size: impl Into<Pixels>) -> Text<'a> {
    text(glyph.to_string())
        .font(FONT)
        .size(size)
        .line_height(1.0)
}

pub const LAYOUT_DASHBOARD: char = '\u{E1C1}';
pub const CALENDAR: char = '\u{E063}';
pub const CALENDAR_DAYS: char = '\u{E2B9}';
pub const CALENDAR_RANGE: char = '\u{E2BD}';
pub const FILE_CHECK: char = '\u{E0C1}';
pub const MEGAPHONE: char = '\u{E235}';
pub const USERS: char = '\u{E1A4}';
pub const TARGET: char = '\u{E180}';
pub const SETTINGS: char = '\u{E154}';
pub const UNDO_2: char = '\u{E2A1}';
pub const REDO_2: char = '\u{E2A0}';
pub const SAVE: char = '\u{E14D}';
pub const FOLDER_OPEN: char = '\u{E247}';
pub const FILE_PLUS: char = '\u{E0C9}';
pub const CHEVRON_LEFT: char = '\u{E06E}';
pub const CHEVRON_RIGHT: char = '\u{E06F}';
pub const CHEVRON_DOWN: char = '\u{E06D}';
pub const CHEVRON_UP: char = '\u{E070}';
pub const SEARCH: char = '\u{E151}';
pub const PLUS: char = '\u{E13D}';
pub const TRASH_2: char = '\u{E18E}';
pub const PENCIL: char = '\u{E1F9}';
pub const X: char = '\u{E1B2}';
pub const FILTER: char = '\u{E0DC}';
pub const SUN: char = '\u{E178}';
pub const MOON: char = '\u{E11E}';
pub const DOWNLOAD: char = '\u{E0B2}';
pub const UPLOAD: char = '\u{E19E}';
pub const LIST: char = '\u{E106}';
pub const TRIANGLE_ALERT: char = '\u{E193}';
pub const CHECK: char = '\u{E06C}';
pub const CLOCK: char = '\u{E087}';
pub const MAP_PIN: char = '\u{E111}';
pub const GLOBE: char = '\u{E0E8}';
pub const LINK: char = '\u{E102}';
pub const COPY: char = '\u{E09E}';
pub const CHART_GANTT: char = '\u{E624}';
pub const HISTORY: char = '\u{E1F5}';
pub const LOCK: char = '\u{E10B}';
pub const INFO: char = '\u{E0F9}';
pub const CIRCLE_ALERT: char = '\u{E077}';
pub const CIRCLE_CHECK: char = '\u{E226}';
pub const REPEAT: char = '\u{E146}';
pub const FLAG: char = '\u{E0D1}';
pub const MAIL: char = '\u{E10F}';
pub const EXTERNAL_LINK: char = '\u{E0B9}';
pub const REFRESH_CW: char = '\u{E145}';
pub const FILE_TEXT: char = '\u{E0CC}';
pub const PRINTER: char = '\u{E141}';
pub const TABLE: char = '\u{E17D}';
pub const CHART_LINE: char = '\u{E2A5}';
pub const ARROW_UP: char = '\u{E04A}';
pub const ARROW_DOWN: char = '\u{E042}';
pub const ARROW_UP_DOWN: char = '\u{E37D}';
pub const BRIEFCASE: char = '\u{E062}';
pub const LAYERS: char = '\u{E529}';
pub const ROWS_3: char = '\u{E58A}';
pub const CALENDAR_PLUS: char = '\u{E2BC}';
pub const GRIP_VERTICAL: char = '\u{E0EB}';
pub const EYE: char = '\u{E0BA}';
pub const EYE_OFF: char = '\u{E0BB}';
pub const LANGUAGES: char = '\u{E0FE}';
pub const HOUSE: char = '\u{E0F5}';
pub const FILE_DOWN: char = '\u{E318}';
pub const FILE_UP: char = '\u{E32A}';
pub const SQUARE_PEN: char = '\u{E172}';
pub const ELLIPSIS: char = '\u{E0B6}';
pub const CIRCLE: char = '\u{E076}';
pub const CIRCLE_DOT: char = '\u{E345}';
pub const BAN: char = '\u{E051}';
pub const LIGHTBULB: char = '\u{E1C2}';
pub const MOVE: char = '\u{E121}';
pub const MINUS: char = '\u{E11C}';

/// An icon with a label after it, for buttons.
pub fn labelled<'a, M: 'a>(glyph: char, label: String) -> iced::Element<'a, M> {
    iced::widget::row![icon(glyph), text(label)]
        .spacing(6)
        .align_y(iced::Alignment::Center)
        .into()
}

/// An icon alone, as an element.
pub fn glyph<'a, M: 'a>(glyph: char) -> iced::Element<'a, M> {
    icon(glyph).into()
}
