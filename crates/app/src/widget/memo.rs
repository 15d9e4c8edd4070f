//! A cache of one derived value, kept while what it was derived from stays
//! the same.

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

/// The last value computed and the key it was computed for: what a screen
/// derives from the plan (rows, figures, an index), kept from one frame to
/// the next and recomputed only when the key changes.
///
/// The key names everything the value depends on, usually the plan's
/// version and the screen's filters or day, never a clone of the plan.
/// `view` takes `&self`, so the cache sits behind a `RefCell`; the value is
/// shared as an `Rc` so a view can hold it while the cache moves on.
pub struct Memo<K, V> {
    last: RefCell<Option<(K, Rc<V>)>>,
}

impl<K: PartialEq, V> Memo<K, V> {
    /// The value for `key`: the one kept when `key` equals the key it was
    /// computed for, else `compute()`'s, which is kept from then on.
    ///
    /// `compute` runs with the cache unborrowed, so it may use other memos
    /// (or this one's [`Memo::last`]).
    pub fn get(&self, key: K, compute: impl FnOnce() -> V) -> Rc<V> {
        if let Some((kept, value)) = self.last.borrow().as_ref()
            && *kept == key
        {
            return Rc::clone(value);
        }
        let value = Rc::new(compute());
        *self.last.borrow_mut() = Some((key, Rc::clone(&value)));
        value
    }
}

impl<K, V> Memo<K, V> {
    /// The value kept, whatever its key; `None` before the first
    /// [`Memo::get`].
    pub fn last(&self) -> Option<Rc<V>> {
        self.last
            .borrow()
            .as_ref()
            .map(|(_, value)| Rc::clone(value))
    }
}

impl<K, V> Default for Memo<K, V> {
    /// Empty: the first [`Memo::get`] computes.
    fn default() -> Self {
        Self {
            last: RefCell::new(None),
        }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for Memo<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Memo").field(&self.last).finish() // not words: a type name
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn computes_once_for_the_same_key_and_again_for_another() {
        let memo: Memo<(u64, &str), String> = Memo::default();
        let runs = Cell::new(0);
        let compute = |text: &str| {
            runs.set(runs.get() + 1);
            text.to_uppercase()
        };
        assert!(memo.last().is_none(), "empty at first");

        let first = memo.get((1, "a"), || compute("a"));
        let again = memo.get((1, "a"), || compute("a"));
        assert_eq!(runs.get(), 1, "the same key computes once");
        assert!(Rc::ptr_eq(&first, &again), "and shares the value");

        let other = memo.get((2, "a"), || compute("b"));
        assert_eq!(runs.get(), 2, "a new key computes again");
        assert_eq!(*other, "B");
        assert!(Rc::ptr_eq(&other, &memo.last().unwrap()), "and keeps it");

        let back = memo.get((1, "a"), || compute("a"));
        assert_eq!(runs.get(), 3, "only the last key is kept");
        assert!(!Rc::ptr_eq(&first, &back));
    }
}
