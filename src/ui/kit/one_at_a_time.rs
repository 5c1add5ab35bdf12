//! A dialog's operation that runs once at a time.

/// An operation of a dialog that runs once at a time: while it runs, [`OneAtATime::is_busy`] is true
/// (the submit button's `disabled` follows it) and another start is ignored, so a double click does not
/// do the operation twice (the second would be refused as changed elsewhere by the first).
///
/// Leptos's `Action` does this and more; measured here it added 3 KB gzip to the download for what one
/// boolean does.
#[derive(Debug, Clone, Copy)]
pub struct OneAtATime(leptos::prelude::RwSignal<bool>);

impl OneAtATime {
    /// Nothing running yet.
    pub fn new() -> Self {
        Self(leptos::prelude::RwSignal::new(false))
    }

    /// Whether the operation is running (tracked).
    pub fn is_busy(self) -> bool {
        leptos::prelude::Get::get(&self.0)
    }

    /// Starts `work` unless it is already running.
    pub fn run(self, work: impl std::future::Future<Output = ()> + 'static) {
        use leptos::prelude::{GetUntracked, Set, Update};
        if self.0.get_untracked() {
            return;
        }
        self.0.set(true);
        leptos::task::spawn_local(async move {
            work.await;
            self.0.try_update(|busy| *busy = false);
        });
    }
}

impl Default for OneAtATime {
    fn default() -> Self {
        Self::new()
    }
}
