//! The keyboard: the window's shortcuts ([`Shortcut`]) and the keys that
//! screens and dialogs act on ([`Press`], [`Nav`]). It lives below the
//! screens and the app, so both can name keys without the screens
//! importing the app.

use iced::event::{self, Event};
use iced::keyboard::{self, Key, Modifiers, key::Named};
use iced::window;

/// What a key combination asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    Undo,
    Redo,
    Save,
    SaveAs,
    Open,
    New,
    Export,
    Quit,
    Screen(usize),
    /// Ctrl+K: the global search.
    Search,
    /// Escape, also from a text field (which gives up the keyboard): it
    /// closes the dialog or editor in front.
    Escape,
    /// Ctrl+D: duplicate what is selected.
    Duplicate,
    /// A key without Ctrl that no widget used: it works the open dialog's
    /// controls (see [`Press::nav`]) or the screen (the calendar's keys).
    Press(Press),
}

/// A key pressed without Ctrl, with Alt and Shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Press {
    pub key: Pressed,
    pub alt: bool,
    pub shift: bool,
}

/// The keys screens and dialogs act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pressed {
    Tab,
    Left,
    Right,
    Up,
    Down,
    PageUp,
    PageDown,
    Home,
    End,
    Space,
    Enter,
    Delete,
    /// A printable character, lower-cased.
    Char(char),
}

impl Press {
    /// What the key does in a dialog that keeps its own keyboard focus.
    pub fn nav(self) -> Option<Nav> {
        if self.alt {
            return None;
        }
        Some(match self.key {
            Pressed::Tab if self.shift => Nav::Previous,
            Pressed::Tab => Nav::Next,
            Pressed::Right | Pressed::Down => Nav::Forward,
            Pressed::Left | Pressed::Up => Nav::Back,
            Pressed::Space => Nav::Toggle,
            Pressed::Enter => Nav::Confirm,
            _ => return None,
        })
    }
}

/// Keyboard use of a dialog's controls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    /// Tab: the next control.
    Next,
    /// Shift+Tab: the previous control.
    Previous,
    /// Right or Down arrow: the next choice.
    Forward,
    /// Left or Up arrow: the previous choice.
    Back,
    /// Space: toggle or press.
    Toggle,
    /// Enter: press, or the dialog's main action.
    Confirm,
}

/// Maps a keyboard event to a shortcut. Combinations with Ctrl work even
/// while a text field has focus, and so does Escape (it closes what is in front).
pub fn from_event(event: Event, status: event::Status, _window: window::Id) -> Option<Shortcut> {
    let Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) = event else {
        return None;
    };
    from_key(&key, modifiers, status == event::Status::Captured)
}

pub fn from_key(key: &Key, modifiers: Modifiers, captured: bool) -> Option<Shortcut> {
    if modifiers.command() {
        let shift = modifiers.shift();
        return match key.as_ref() {
            Key::Character(c) => match (c.to_lowercase().as_str(), shift) {
                ("z", false) => Some(Shortcut::Undo),
                ("z", true) | ("y", false) => Some(Shortcut::Redo),
                ("s", false) => Some(Shortcut::Save),
                ("s", true) => Some(Shortcut::SaveAs),
                ("o", false) => Some(Shortcut::Open),
                ("n", false) => Some(Shortcut::New),
                ("e", false) => Some(Shortcut::Export),
                ("q", false) => Some(Shortcut::Quit),
                ("k", false) => Some(Shortcut::Search),
                ("d", false) => Some(Shortcut::Duplicate),
                (digit, false) => digit
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=7).contains(n))
                    .map(|n| Shortcut::Screen(n - 1)),
                _ => None,
            },
            _ => None,
        };
    }
    if key == &Key::Named(Named::Escape) {
        return Some(Shortcut::Escape);
    }
    if captured {
        return None;
    }
    let pressed = match key.as_ref() {
        Key::Named(Named::Tab) => Pressed::Tab,
        Key::Named(Named::ArrowRight) => Pressed::Right,
        Key::Named(Named::ArrowDown) => Pressed::Down,
        Key::Named(Named::ArrowLeft) => Pressed::Left,
        Key::Named(Named::ArrowUp) => Pressed::Up,
        Key::Named(Named::PageUp) => Pressed::PageUp,
        Key::Named(Named::PageDown) => Pressed::PageDown,
        Key::Named(Named::Home) => Pressed::Home,
        Key::Named(Named::End) => Pressed::End,
        Key::Named(Named::Space) => Pressed::Space,
        Key::Named(Named::Enter) => Pressed::Enter,
        Key::Named(Named::Delete) => Pressed::Delete,
        Key::Character(c) => {
            let mut chars = c.chars().flat_map(char::to_lowercase);
            match (chars.next(), chars.next()) {
                (Some(c), None) => Pressed::Char(c),
                _ => return None,
            }
        }
        _ => return None,
    };
    Some(Shortcut::Press(Press {
        key: pressed,
        alt: modifiers.alt(),
        shift: modifiers.shift(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctrl(c: &str, shift: bool) -> Option<Shortcut> {
        let mut modifiers = Modifiers::CTRL;
        if shift {
            modifiers |= Modifiers::SHIFT;
        }
        from_key(&Key::Character(c.into()), modifiers, false)
    }

    #[test]
    fn undo_and_both_redo_combinations() {
        assert_eq!(ctrl("z", false), Some(Shortcut::Undo));
        assert_eq!(ctrl("Z", true), Some(Shortcut::Redo));
        assert_eq!(ctrl("y", false), Some(Shortcut::Redo));
        assert_eq!(ctrl("e", false), Some(Shortcut::Export));
        assert_eq!(ctrl("3", false), Some(Shortcut::Screen(2)));
        assert_eq!(ctrl("9", false), None);
        assert_eq!(ctrl("d", false), Some(Shortcut::Duplicate));
        // Without Ctrl, a letter is a screen's key.
        assert_eq!(
            from_key(&Key::Character("T".into()), Modifiers::SHIFT, false),
            Some(Shortcut::Press(Press {
                key: Pressed::Char('t'),
                alt: false,
                shift: true
            }))
        );
    }

    #[test]
    fn arrows_work_dialogs_only_without_alt() {
        let right = |alt| Press {
            key: Pressed::Right,
            alt,
            shift: false,
        };
        assert_eq!(right(false).nav(), Some(Nav::Forward));
        assert_eq!(right(true).nav(), None);
        assert_eq!(
            from_key(&Key::Named(Named::PageDown), Modifiers::ALT, false),
            Some(Shortcut::Press(Press {
                key: Pressed::PageDown,
                alt: true,
                shift: false
            }))
        );
    }

    #[test]
    fn dialog_keys_only_when_no_widget_used_them() {
        let tab = Key::Named(Named::Tab);
        assert_eq!(
            from_key(&tab, Modifiers::empty(), false),
            Some(Shortcut::Press(Press {
                key: Pressed::Tab,
                alt: false,
                shift: false
            }))
        );
        assert_eq!(
            from_key(&tab, Modifiers::SHIFT, false),
            Some(Shortcut::Press(Press {
                key: Pressed::Tab,
                alt: false,
                shift: true
            }))
        );
        let space = Key::Named(Named::Space);
        assert_eq!(
            from_key(&space, Modifiers::empty(), false),
            Some(Shortcut::Press(Press {
                key: Pressed::Space,
                alt: false,
                shift: false
            }))
        );
        // A text field that took the space keeps it.
        assert_eq!(from_key(&space, Modifiers::empty(), true), None);
        assert_eq!(
            from_key(&Key::Named(Named::Escape), Modifiers::empty(), true),
            Some(Shortcut::Escape),
            "Escape in a field closes the dialog it is in"
        );
        assert_eq!(ctrl("k", false), Some(Shortcut::Search));
    }
}
