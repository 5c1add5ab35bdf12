//! The access keys slice's controller: the only place that knows how the section's parts talk. It
//! holds what is listed and which page, the selection, the section's error line and the one dialog that
//! is open; rows, toolbar, notices and dialogs take it from context.

use std::collections::HashSet;

use crate::i18n::{m::access_keys as m, t, tf};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::actions::KeyAction;
use crate::browser::{download, perf};
use crate::domain::key_list::{Column, Filter, PAGE_SIZES, Page, sorted};
use crate::domain::reminders::{calendar_file_name, expiry_calendar};
use crate::domain::{AccessKey, AccessKeyId};
use crate::state::{AppState, expect_app_state};
use crate::ui::access_keys::list::row_element_id;
use crate::ui::access_keys::words::calendar_words;
use crate::ui::kit::{Open, Relay, Toasts, expect_toasts};
use crate::ui::words::Words;

/// The dialog open in the access keys section: at most one, and what it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyDialog {
    /// "Create access key", or "Create similar" filled in from `like`.
    Create {
        /// The key whose settings the form starts with.
        like: Option<AccessKey>,
    },
    /// "Test access key".
    Test,
    /// "Check for leaked secrets".
    LeakCheck,
    /// "Rename" (name and description) of a key as the user saw it.
    Rename(AccessKey),
    /// "Edit permissions", or for a system-generated key "View permissions".
    Permissions(AccessKey),
    /// "Rotate secret".
    Rotate(AccessKey),
    /// "Revoke old secret now", asked first.
    RevokeOldSecret(AccessKey),
    /// "Disable" of a key with active connections, asked first.
    Disable(AccessKey),
    /// "Delete access key?" for the keys as the user saw them.
    Delete(Vec<AccessKey>),
    /// "Disable unused access keys?" for the keys as listed when the user asked.
    DisableUnused(Vec<AccessKey>),
}

/// The page-wide sources a row of the table reads, relayed (see [`Relay`]).
#[derive(Clone, Copy)]
pub struct RowSources {
    /// The selection.
    pub selection: Relay,
    /// The reminders setting.
    pub reminders: Relay,
}

/// The access keys section's shared UI state. `Copy`: every field is a handle.
#[derive(Clone, Copy)]
pub struct AccessKeysView {
    /// What is listed, in which order, and which page of it.
    pub list: KeyList,
    selection: RwSignal<HashSet<AccessKeyId>>,
    /// What rows follow, each through a trigger of its own (see [`Relay`]): the selection and the
    /// reminders setting (which sets when a key is "expiring soon").
    pub rows: RowSources,
    dialog: RwSignal<Option<KeyDialog>>,
    failure: RwSignal<Option<String>>,
    /// The activity log's key filter, which "Activity" sets.
    activity_key: RwSignal<Option<AccessKeyId>>,
    state: AppState,
    toasts: Toasts,
}

impl AccessKeysView {
    /// A fresh view in context for the section's parts; `activity_key` is the activity log's key filter.
    pub fn provide(activity_key: RwSignal<Option<AccessKeyId>>) -> Self {
        let state = expect_app_state();
        let selection = RwSignal::new(HashSet::new());
        let view = Self {
            list: KeyList::new(state),
            selection,
            rows: RowSources {
                selection: Relay::new(move || selection.track()),
                reminders: Relay::new(move || state.reminders.track()),
            },
            dialog: RwSignal::new(None),
            failure: RwSignal::new(None),
            activity_key,
            state,
            toasts: expect_toasts(),
        };
        provide_context(view);
        view
    }

    /// The view of the section around the caller.
    pub fn expect() -> Self {
        expect_context::<Self>()
    }

    /// Opens `dialog` (closing any other).
    pub fn open(self, dialog: KeyDialog) {
        self.failure.set(None);
        self.dialog.set(Some(dialog));
    }

    /// The open state of the dialog `pick` recognises: open while it is the one open; closing it leaves
    /// any other dialog alone.
    pub fn open_state(self, pick: fn(&KeyDialog) -> bool) -> Open {
        let dialog = self.dialog;
        Open::new(
            move || dialog.with(|open| open.as_ref().is_some_and(pick)),
            move || {
                if dialog.with_untracked(|open| open.as_ref().is_some_and(pick)) {
                    dialog.set(None);
                }
            },
        )
    }

    /// What the open dialog is about, as `pick` reads it from the dialog (`None` while another is open).
    pub fn showing<T: Clone + PartialEq + Send + Sync + 'static>(
        self,
        pick: fn(&KeyDialog) -> Option<T>,
    ) -> Memo<Option<T>> {
        let dialog = self.dialog;
        Memo::new(move |_| dialog.with(|open| open.as_ref().and_then(pick)))
    }

    /// The section's error line (tracked).
    pub fn failure(self) -> Option<String> {
        self.failure.get()
    }

    /// Says why an operation of the section did nothing.
    pub fn fail(self, message: String) {
        self.failure.set(Some(message));
    }

    /// The one `match` from a key's action to what it does: most open a dialog.
    pub fn act(self, action: KeyAction, key: AccessKey) {
        match action {
            KeyAction::Rename => self.open(KeyDialog::Rename(key)),
            KeyAction::EditPermissions | KeyAction::ViewPermissions => self.open(KeyDialog::Permissions(key)),
            KeyAction::CreateSimilar => self.open(KeyDialog::Create { like: Some(key) }),
            KeyAction::RotateSecret => self.open(KeyDialog::Rotate(key)),
            KeyAction::RevokeOldSecret => self.open(KeyDialog::RevokeOldSecret(key)),
            KeyAction::Disable | KeyAction::Enable => self.toggle(key),
            KeyAction::Activity => self.show_activity(&key),
            KeyAction::AddToCalendar => self.add_to_calendar(&key),
            KeyAction::Delete => self.open(KeyDialog::Delete(vec![key])),
        }
    }

    /// Whether the key `id` is selected (tracked).
    pub fn is_selected(self, id: &AccessKeyId) -> bool {
        self.selection.with(|chosen| chosen.contains(id))
    }

    /// How many of `ids` are selected (tracked).
    pub fn count_selected(self, ids: &[AccessKeyId]) -> usize {
        self.selection
            .with(|chosen| ids.iter().filter(|id| chosen.contains(id)).count())
    }

    /// Selects all of `ids`, or none of them.
    pub fn select_all(self, ids: &[AccessKeyId], on: bool) {
        self.selection.update(|chosen| {
            for id in ids {
                if on {
                    chosen.insert(id.clone());
                } else {
                    chosen.remove(id);
                }
            }
        });
    }

    /// Selects nothing.
    pub fn clear_selection(self) {
        self.selection.update(HashSet::clear);
    }

    /// How many keys are selected (tracked).
    pub fn selected_count(self) -> usize {
        self.selection.with(HashSet::len)
    }

    /// "Delete selected": asks about the selected keys as they are now.
    pub fn delete_selected(self) {
        let keys: Vec<AccessKey> = self.selection.with_untracked(|chosen| {
            self.state
                .access_keys
                .with_untracked(|keys| keys.iter().filter(|key| chosen.contains(&key.id)).cloned().collect())
        });
        if !keys.is_empty() {
            self.open(KeyDialog::Delete(keys));
        }
    }

    /// "Disable" asks first when the key has active connections (they stop too); "Enable" does not.
    fn toggle(self, key: AccessKey) {
        let connected = self.state.with_workspace(|w| !w.active_connections(&key.id).is_empty());
        if !key.disabled && connected {
            self.open(KeyDialog::Disable(key));
        } else {
            self.set_disabled(key);
        }
    }

    /// Switches the key the user saw as `seen` off (or on again); a key switched off can be switched on
    /// from the toast ("Undo").
    pub fn set_disabled(self, seen: AccessKey) {
        self.failure.set(None);
        let (state, toasts) = (self.state, self.toasts);
        let disabling = !seen.disabled;
        spawn_local(async move {
            match state.set_disabled(&seen, disabling).await {
                Ok(()) if disabling => {
                    let id = seen.id.clone();
                    let undo = Callback::new(move |()| {
                        let now = state
                            .access_keys
                            .with_untracked(|keys| keys.iter().find(|k| k.id == id).cloned());
                        if let Some(now) = now.filter(|key| key.disabled) {
                            self.set_disabled(now);
                        }
                    });
                    let text = tf(m::KEY_DISABLED_TOAST, [seen.name.as_str()]);
                    toasts.show_about_with_action(text, row_element_id(&seen.id), t(m::UNDO), undo);
                }
                Ok(()) => toasts.show_about(tf(m::KEY_ENABLED_TOAST, [seen.name.as_str()]), row_element_id(&seen.id)),
                Err(error) => self.fail(error.words()),
            }
        });
    }

    fn show_activity(self, key: &AccessKey) {
        self.activity_key.set(Some(key.id.clone()));
        if let Some(log) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(crate::ui::activity::ACTIVITY_LOG_ID))
        {
            log.scroll_into_view();
            if let Ok(log) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(log) {
                let _ = log.focus();
            }
        }
    }

    fn add_to_calendar(self, key: &AccessKey) {
        let now = self.state.now();
        let calendar = self
            .state
            .reminders
            .with_untracked(|reminders| expiry_calendar(key, reminders, now, &calendar_words(key)));
        if let Some(text) = calendar {
            let saved = download::download_text(&calendar_file_name(key), "text/calendar", &text);
            self.failure
                .set(saved.err().map(|_| t(m::DOWNLOAD_REFUSED_SHORT).to_owned()));
        }
    }
}

/// What the access keys list shows: search, "Show system-generated", "Review unused keys", sort, page
/// size and page. Each change of what is listed starts again at the first page: the rule lives here.
#[derive(Clone, Copy)]
pub struct KeyList {
    query: RwSignal<String>,
    // Unchecked on every load, as the product promises: system keys stay out of the way by default.
    show_system: RwSignal<bool>,
    // "Review unused keys": only the keys nobody has used for 90 days.
    unused_only: RwSignal<bool>,
    sort: RwSignal<(Column, bool)>,
    page_size: RwSignal<usize>,
    wanted_page: RwSignal<usize>,
    listed: Memo<Vec<AccessKeyId>>,
    page: Memo<Page>,
}

impl KeyList {
    fn new(state: AppState) -> Self {
        let query = RwSignal::new(String::new());
        let show_system = RwSignal::new(false);
        let unused_only = RwSignal::new(false);
        let sort = RwSignal::new((Column::Created, true));
        let page_size = RwSignal::new(PAGE_SIZES[0]);
        let wanted_page = RwSignal::new(0);
        let filter = Memo::new(move |_| {
            let filter = Filter::new(&query.get(), show_system.get());
            if unused_only.get() {
                filter.unused_only(state.now())
            } else {
                filter
            }
        });
        // Search, "Show system-generated" and sort apply to every key (only the keys shown are sorted);
        // only a page of them is rendered.
        let listed = Memo::new(move |_| {
            let (column, descending) = sort.get();
            filter.with(|filter| {
                state.access_keys.with(|keys| {
                    sorted(keys.iter().filter(|key| filter.shows(key)), column, descending)
                        .into_iter()
                        .map(|key| key.id.clone())
                        .collect::<Vec<AccessKeyId>>()
                })
            })
        });
        let page = Memo::new(move |_| Page::of(listed.with(Vec::len), page_size.get(), wanted_page.get()));
        Self {
            query,
            show_system,
            unused_only,
            sort,
            page_size,
            wanted_page,
            listed,
            page,
        }
    }

    /// Every key listed (searched, filtered, sorted), by ID.
    pub fn listed(self) -> Memo<Vec<AccessKeyId>> {
        self.listed
    }

    /// The page of the list on screen.
    pub fn page(self) -> Memo<Page> {
        self.page
    }

    /// The search text (tracked).
    pub fn query(self) -> String {
        self.query.get()
    }

    /// Searches for `text`, measured as `search-access-keys`.
    pub fn set_query(self, text: String) {
        self.relist("search-access-keys", || self.query.set(text));
    }

    /// Whether system-generated keys are listed (tracked).
    pub fn show_system(self) -> bool {
        self.show_system.get()
    }

    /// Lists system-generated keys or not, measured as `toggle-system-generated`.
    pub fn set_show_system(self, on: bool) {
        self.relist("toggle-system-generated", || self.show_system.set(on));
    }

    /// Whether only the unused keys are listed (tracked).
    pub fn unused_only(self) -> bool {
        self.unused_only.get()
    }

    /// Lists only the unused keys, or every key.
    pub fn set_unused_only(self, on: bool) {
        self.unused_only.set(on);
        self.wanted_page.set(0);
    }

    /// The sorted column and whether it is descending (tracked).
    pub fn sort(self) -> (Column, bool) {
        self.sort.get()
    }

    /// Sorts by `column`; the sorted column again turns the order round. A new column starts in its
    /// own direction ([`Column::starts_descending`]).
    pub fn toggle_sort(self, column: Column) {
        self.sort.update(|(sorted, descending)| {
            if *sorted == column {
                *descending = !*descending;
            } else {
                *sorted = column;
                *descending = column.starts_descending();
            }
        });
        self.wanted_page.set(0);
    }

    /// How many keys a page shows (tracked).
    pub fn page_size(self) -> usize {
        self.page_size.get()
    }

    /// Shows `size` keys a page; the first key of the page stays on screen.
    pub fn set_page_size(self, size: usize) {
        let first = self.page.with_untracked(|page| page.start);
        self.page_size.set(size);
        self.wanted_page.set(first / size.max(1));
    }

    /// Turns to the page `index` (0-based).
    pub fn go_to(self, index: usize) {
        self.wanted_page.set(index);
    }

    /// Turns to the page that lists the key `id`, if it is listed.
    pub fn show_key(self, id: &AccessKeyId) {
        if let Some(at) = self
            .listed
            .with_untracked(|ids| ids.iter().position(|listed| listed == id))
        {
            self.wanted_page.set(at / self.page_size.get_untracked().max(1));
        }
    }

    fn relist(self, measure: &'static str, change: impl FnOnce()) {
        perf::start(measure);
        change();
        self.wanted_page.set(0);
        perf::finish_after_frame(measure);
    }
}
