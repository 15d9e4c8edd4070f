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
    /// `value`, read as `label`.
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

/// A first option for no value at all, read as `none` ("All partners"),
/// then each of `options`.
pub fn with_none<T>(
    none: impl Into<String>,
    options: impl IntoIterator<Item = Pick<T>>,
) -> Vec<Pick<Option<T>>> {
    std::iter::once(Pick::new(None, none))
        .chain(
            options
                .into_iter()
                .map(|pick| Pick::new(Some(pick.value), pick.label)),
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_its_label_and_is_found_by_its_value() {
        let options = with_none("any", [Pick::new(1, "one"), Pick::new(2, "two")]);
        let labels: Vec<String> = options.iter().map(ToString::to_string).collect();
        assert_eq!(labels, ["any", "one", "two"]);
        assert_eq!(
            selected(&options, &Some(2)),
            Some(Pick::new(Some(2), "two"))
        );
        assert_eq!(selected(&options, &None), Some(Pick::new(None, "any")));
        assert_eq!(selected(&options, &Some(3)), None);
    }
}
