//! A settings form over a stored value: it follows what is stored (after loading, after a save in
//! another tab) until the user edits it, then keeps their edits; a save is made against what the form was
//! filled in from, and refused in words when that changed elsewhere.

use leptos::prelude::*;

use crate::domain::DomainError;
use crate::state::{ActionError, Stored};
use crate::ui::router::UnsavedEdits;

/// What fills a form's fields from a stored value.
type Fill<T> = Box<dyn Fn(&T) + Send + Sync>;

/// The stored value a form was filled in from, and whether the user has changed the form since.
pub struct StoredForm<T: 'static> {
    stored: Stored<T>,
    basis: StoredValue<T>,
    dirty: RwSignal<bool>,
    fill: StoredValue<Fill<T>>,
    unsaved: Option<UnsavedEdits>,
}

impl<T: 'static> Clone for StoredForm<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: 'static> Copy for StoredForm<T> {}

impl<T: Clone + Default + Send + Sync + 'static> StoredForm<T> {
    /// A form that `fill`s its fields from `stored` now and whenever it changes, until it is edited.
    pub fn follow(stored: Stored<T>, fill: impl Fn(&T) + Send + Sync + 'static) -> Self {
        let form = Self {
            stored,
            basis: StoredValue::new(T::default()),
            dirty: RwSignal::new(false),
            fill: StoredValue::new(Box::new(fill)),
            unsaved: UnsavedEdits::of_page(),
        };
        // A form left with edits no longer holds the page back.
        on_cleanup(move || {
            if form.dirty.try_get_untracked() == Some(true)
                && let Some(unsaved) = form.unsaved
            {
                unsaved.remove();
            }
        });
        Effect::new(move |_| {
            stored.with(|value| {
                if !form.dirty.get_untracked() {
                    form.fill_from(value);
                }
            })
        });
        form
    }

    /// The user changed a field: the form stops following what is stored.
    pub fn edited(self) {
        if !self.dirty.get_untracked()
            && let Some(unsaved) = self.unsaved
        {
            unsaved.add();
        }
        self.dirty.set(true);
    }

    /// Whether the user has changed the form since it was filled in (tracked).
    pub fn is_edited(self) -> bool {
        self.dirty.get()
    }

    /// What the form was filled in from (what a save is made against).
    pub fn basis(self) -> T {
        self.basis.get_value()
    }

    /// After a save: a saved form, or one refused because what it was based on changed elsewhere
    /// (`elsewhere`), is filled in again from what is stored.
    pub fn settle(self, outcome: &Result<(), ActionError>, elsewhere: DomainError) {
        let refill = match outcome {
            Ok(()) => true,
            Err(error) => *error == ActionError::Invalid(elsewhere),
        };
        if refill {
            self.stored.with_untracked(|value| self.fill_from(value));
        }
    }

    fn fill_from(self, value: &T) {
        self.basis.set_value(value.clone());
        self.fill.with_value(|fill| fill(value));
        if self.dirty.get_untracked()
            && let Some(unsaved) = self.unsaved
        {
            unsaved.remove();
        }
        self.dirty.set(false);
    }
}
