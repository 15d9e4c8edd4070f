//! A choice for a pick list: a value and the words that name it.

use std::fmt;

/// One option of a pick list: `value` is what is chosen, `label` what a
/// person reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pick<T> {
    pub value: T,
    pub label: String,
}

impl<T> Pick<T> {
    pub fn new(value: T, label: impl Into<String>) -> Self {
        Self {
            value,
            label: label.into(),
        }
    }
}

impl<T> fmt::Display for Pick<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label)
    }
}

/// The option among `options` whose value is `value`.
pub fn selected<T: PartialEq + Clone>(options: &[Pick<T>], value: &T) -> Option<Pick<T>> {
    options.iter().find(|p| &p.value == value).cloned()
}
