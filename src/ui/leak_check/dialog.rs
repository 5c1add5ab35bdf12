//! "Check for leaked secrets": text pasted and files picked or dropped are read in this page, a chunk at
//! a time, and every access key secret and ID in them is named: whose it is, and whether it still
//! works, with Rotate secret / Disable / Delete for a key whose current secret is out (Revoke old secret
//! now / Rotate secret for an old secret still in its grace period). Nothing read is
//! stored, logged or sent, and all of it is forgotten when the dialog closes.

use crate::i18n::{Msg, m::leak_check as m, number, t, tf, tx};
use crate::ui::leak_check::words;
use leptos::html;
use leptos::prelude::*;
use web_sys::File;
use zeroize::Zeroize;

use super::scan::{Checked, scan};
use crate::browser::{files, format};
use crate::domain::AccessKey;
use crate::domain::leak_check::{Finding, Found, MAX_FILE_BYTES};
use crate::state::expect_app_state;
use crate::ui::kit::{Modal, OneAtATime, Open, unique_id};
use crate::ui::words::size as size_text;

/// What a finding of a key's current secret, or of an old secret still in its grace period, offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeakAction {
    /// "Rotate secret".
    RotateSecret,
    /// "Revoke old secret now".
    RevokeOldSecret,
    /// "Disable".
    Disable,
    /// "Delete".
    Delete,
}

impl LeakAction {
    /// The button's text.
    pub fn label(self) -> Msg<0> {
        match self {
            LeakAction::RotateSecret => m::ROTATE_SECRET,
            LeakAction::RevokeOldSecret => m::REVOKE_OLD_SECRET_NOW,
            LeakAction::Disable => m::DISABLE,
            LeakAction::Delete => m::DELETE,
        }
    }
}

/// The leak check dialog, open while `open` says so. A key's action from a finding closes it (what was
/// read is forgotten) and runs `on_action`.
#[component]
pub fn LeakCheckDialog(
    /// Whether the dialog is open, two-way.
    #[prop(into)]
    open: Open,
    /// Runs with Rotate secret, Disable or Delete and the key a finding names.
    on_action: Callback<(LeakAction, AccessKey)>,
) -> impl IntoView {
    let state = expect_app_state();
    let text = RwSignal::new(String::new());
    let picked = StoredValue::new_local(Vec::<File>::new());
    let picked_names = RwSignal::new(Vec::<String>::new());
    let results = RwSignal::new(Vec::<Checked>::new());
    let problems = RwSignal::new(Vec::<String>::new());
    let progress = RwSignal::new(None::<(u64, u64)>);
    let checking = OneAtATime::new();
    // Bumped when the dialog closes, so a check still reading stops and shows nothing.
    let run = StoredValue::new(0u64);
    let file_input = NodeRef::<html::Input>::new();
    let (text_id, files_id, hint_id) = (unique_id("leak-text"), unique_id("leak-files"), unique_id("leak-hint"));

    let forget = move || {
        text.update(|pasted| pasted.zeroize());
        picked.set_value(Vec::new());
        picked_names.set(Vec::new());
        results.set(Vec::new());
        problems.set(Vec::new());
        progress.set(None);
        if let Some(input) = file_input.get_untracked() {
            input.set_value("");
        }
        run.update_value(|n| *n += 1);
    };
    let add_files = move |more: Vec<File>| {
        if more.is_empty() {
            return;
        }
        picked.update_value(|all| all.extend(more));
        picked_names.set(picked.with_value(|all| {
            all.iter()
                .map(|file| format!("{} ({})", file.name(), size_text(file.size() as u64)))
                .collect()
        }));
        results.set(Vec::new());
        problems.set(Vec::new());
    };

    let check = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let pasted = text.get_untracked();
        let chosen = picked.get_value();
        if pasted.trim().is_empty() && chosen.is_empty() {
            problems.set(vec![t(m::NOTHING_TO_CHECK).to_owned()]);
            return;
        }
        let this_run = run.get_value();
        results.set(Vec::new());
        problems.set(Vec::new());
        checking.run(async move {
            let keys = state.access_keys.get_untracked();
            let progress_to = move |done, total| progress.set(Some((done, total)));
            let wanted = move || run.get_value() == this_run;
            if let Some(found) = scan(pasted, &chosen, &keys, state.now(), progress_to, wanted).await {
                progress.set(None);
                results.set(found.checked);
                problems.set(found.trouble);
            }
        });
    };

    // A key's action closes this dialog (forgetting what was read) and opens the key's own dialog.
    let act = move |action: LeakAction, id: String| {
        let key = state
            .access_keys
            .with_untracked(|keys| keys.iter().find(|key| key.id.as_str() == id).cloned());
        if let Some(key) = key {
            open.close();
            on_action.run((action, key));
        }
    };
    let finding_view = move |found: Found| {
        let offered = match &found.finding {
            Finding::CurrentSecret { id, name } => Some((
                id,
                name,
                &[LeakAction::RotateSecret, LeakAction::Disable, LeakAction::Delete][..],
            )),
            Finding::GraceSecret { id, name, .. } => {
                Some((id, name, &[LeakAction::RevokeOldSecret, LeakAction::RotateSecret][..]))
            }
            _ => None,
        };
        let actions = match offered {
            Some((id, name, offered)) => {
                let buttons = offered
                    .iter()
                    .copied()
                    .map(|action| {
                        let id = id.as_str().to_owned();
                        let label = tf(m::ACTION_FOR, [t(action.label()), name]);
                        view! {
                            <button type="button" class="button button--small" aria-label=label on:click=move |_| act(action, id.clone())>
                                {tx(action.label())}
                            </button>
                        }
                    })
                    .collect_view();
                Some(view! { <span class="leak__actions">{buttons}</span> })
            }
            _ => None,
        };
        let tone = if found.finding.is_live() {
            "leak__item leak__item--live"
        } else {
            "leak__item"
        };
        view! {
            <li class=tone>
                <span class="leak__where">{tf(m::LINE, [&number(found.line)])}</span>
                <code class="mono leak__shown">{found.shown.clone()}</code>
                <span class="leak__what">{words::finding(&found.finding, format::date_time)}</span>
                {actions}
            </li>
        }
    };
    let results_view = move || {
        results
            .get()
            .into_iter()
            .map(|checked| {
                let more = (checked.report.more > 0).then(|| tf(m::MORE_NOT_LISTED, [&number(checked.report.more)]));
                view! {
                    <div class="leak__source">
                        <h3 class="leak__title">{checked.source.clone()}</h3>
                        <p>{words::summary(&checked.report)}</p>
                        <ul class="leak__list">
                            {checked.report.found.clone().into_iter().map(finding_view).collect_view()}
                        </ul>
                        {more.map(|more| view! { <p class="keys__meta">{more}</p> })}
                    </div>
                }
            })
            .collect_view()
    };

    view! {
        <Modal
            open
            on_open=Some(Callback::new(move |()| forget()))
            on_close=Some(Callback::new(move |()| forget()))
            title=tx(m::TITLE)
            class="dialog--wide"
        >
            <form class="dialog__form" on:submit=check novalidate>
                <p class="dialog__body" id=hint_id.clone()>
                    {tx(m::LEAD)}
                </p>
                <div class="field">
                    <label class="field__label" for=text_id.clone()>{tx(m::TEXT_TO_CHECK)}</label>
                    <textarea
                        id=text_id
                        class="field__input mono"
                        rows="5"
                        spellcheck="false"
                        autocomplete="off"
                        prop:value=move || text.get()
                        on:input=move |event| {
                            text.set(event_target_value(&event));
                            results.set(Vec::new());
                        }
                    ></textarea>
                </div>
                <div
                    class="field leak__drop"
                    on:dragover=move |event: leptos::ev::DragEvent| event.prevent_default()
                    on:drop=move |event: leptos::ev::DragEvent| {
                        event.prevent_default();
                        add_files(files::files_of(event.data_transfer().and_then(|data| data.files())));
                    }
                >
                    <label class="field__label" for=files_id.clone()>{tx(m::FILES_TO_CHECK)}</label>
                    <input
                        id=files_id
                        node_ref=file_input
                        type="file"
                        multiple
                        on:change=move |event| {
                            use wasm_bindgen::JsCast;
                            let list = event
                                .target()
                                .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
                                .and_then(|input| input.files());
                            add_files(files::files_of(list));
                        }
                    />
                    <p class="field__hint">
                        {move || tf(m::DROP_HINT, [&size_text(MAX_FILE_BYTES)])}
                    </p>
                    <ul class="leak__files" hidden=move || picked_names.with(Vec::is_empty)>
                        {move || picked_names.get().into_iter().map(|name| view! { <li>{name}</li> }).collect_view()}
                    </ul>
                </div>
                <div class="leak__progress" hidden=move || progress.with(Option::is_none)>
                    <progress
                        aria-label=tx(m::READING_FILES)
                        max=move || progress.get().map_or(1, |(_, total)| total.max(1)).to_string()
                        value=move || progress.get().map_or(0, |(done, _)| done).to_string()
                    ></progress>
                    <span class="keys__meta">
                        {move || progress.get().map(|(done, total)| tf(m::READ_OF, [&size_text(done), &size_text(total)]))}
                    </span>
                </div>
                <ul class="field__errors" role="alert" hidden=move || problems.with(Vec::is_empty)>
                    {move || problems.get().into_iter().map(|problem| view! { <li class="field__error">{problem}</li> }).collect_view()}
                </ul>
                <p class="visually-hidden" role="status">
                    {move || results.with(|all| {
                        all.iter().map(|c| format!("{}: {}", c.source, words::summary(&c.report))).collect::<Vec<_>>().join(" ")
                    })}
                </p>
                <div class="leak__results">{results_view}</div>
                <div class="dialog__actions">
                    <button type="button" class="button" on:click=move |_| open.close()>{tx(m::CLOSE)}</button>
                    <button type="submit" class="button button--primary" disabled=move || checking.is_busy()>{tx(m::CHECK)}</button>
                </div>
            </form>
        </Modal>
    }
}
