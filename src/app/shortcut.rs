//! Keyboard shortcuts of the whole window.

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
    Escape,
}

/// Maps a keyboard event to a shortcut. Combinations with Ctrl work even
/// while a text field has focus; Escape only when no widget used it.
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
    match key.as_ref() {
        Key::Named(Named::Escape) if !captured => Some(Shortcut::Escape),
        _ => None,
    }
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
        assert_eq!(
            from_key(&Key::Character("z".into()), Modifiers::empty(), false),
            None
        );
    }
}
