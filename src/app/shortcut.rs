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
    /// Ctrl+K: the global search.
    Search,
    Escape,
    /// Escape that a text field used (to drop its focus); only an overlay
    /// that owns the field (the search) acts on it.
    EscapeInField,
    /// A key that moves through or works a dialog's controls; only a dialog
    /// that keeps its own keyboard focus (Export) acts on it.
    Nav(Nav),
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
                ("k", false) => Some(Shortcut::Search),
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
    if captured && key == &Key::Named(Named::Escape) {
        return Some(Shortcut::EscapeInField);
    }
    if captured || modifiers.alt() {
        return None;
    }
    let nav = match key.as_ref() {
        Key::Named(Named::Escape) => return Some(Shortcut::Escape),
        Key::Named(Named::Tab) if modifiers.shift() => Nav::Previous,
        Key::Named(Named::Tab) => Nav::Next,
        Key::Named(Named::ArrowRight | Named::ArrowDown) => Nav::Forward,
        Key::Named(Named::ArrowLeft | Named::ArrowUp) => Nav::Back,
        Key::Named(Named::Space) => Nav::Toggle,
        Key::Named(Named::Enter) => Nav::Confirm,
        _ => return None,
    };
    Some(Shortcut::Nav(nav))
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

    #[test]
    fn dialog_keys_only_when_no_widget_used_them() {
        let tab = Key::Named(Named::Tab);
        assert_eq!(
            from_key(&tab, Modifiers::empty(), false),
            Some(Shortcut::Nav(Nav::Next))
        );
        assert_eq!(
            from_key(&tab, Modifiers::SHIFT, false),
            Some(Shortcut::Nav(Nav::Previous))
        );
        let space = Key::Named(Named::Space);
        assert_eq!(
            from_key(&space, Modifiers::empty(), false),
            Some(Shortcut::Nav(Nav::Toggle))
        );
        // A text field that took the space keeps it.
        assert_eq!(from_key(&space, Modifiers::empty(), true), None);
        assert_eq!(
            from_key(&Key::Named(Named::Escape), Modifiers::empty(), true),
            Some(Shortcut::EscapeInField)
        );
        assert_eq!(ctrl("k", false), Some(Shortcut::Search));
    }
}
