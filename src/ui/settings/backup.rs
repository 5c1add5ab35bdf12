//! "Backup and restore" on Account settings: "Download backup" (optionally locked with a passphrase),
//! "Backup file" → the "Restore backup" dialog (passphrase, preview in numbers and names, "Restore"), and
//! whether this browser may clear the data, with "Keep data in this browser".

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use crate::browser::crypto::{self, LockError};
use crate::browser::{download, format, persist};
use crate::domain::DomainError;
use crate::domain::backup::{
    BackupContent, BackupRead, LOCK_ITERATIONS, LockedContent, MAX_BACKUP_BYTES, RestorePreview, locked_text,
    read_backup,
};
use crate::i18n::{m::kit, m::settings as m, number, t, tf, tx};
use crate::state::{Phase, expect_app_state};
use crate::ui::kit::{Modal, OneAtATime, expect_toasts, unique_id};
use crate::ui::settings::restore_words::{preview_lines, restored};
use crate::ui::words::{Words, size};

/// Where the restore dialog is.
#[derive(Clone)]
enum Restoring {
    /// A locked backup waits for its passphrase.
    Passphrase(LockedContent),
    /// The backup is read: what restoring it would do.
    Preview(Box<(BackupContent, RestorePreview)>),
}

/// The words for a lock or unlock that failed.
fn lock_problem(error: LockError) -> String {
    match error {
        LockError::WrongPassphrase => DomainError::WrongPassphrase.words(),
        LockError::Unavailable(_) => t(m::LOCK_UNAVAILABLE).to_owned(),
    }
}

/// The backup and restore section.
#[component]
pub fn BackupRestoreSection() -> impl IntoView {
    let state = expect_app_state();
    let passphrase = RwSignal::new(String::new());
    let made = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let file_problem = RwSignal::new(None::<String>);
    let restoring = RwSignal::new(None::<Restoring>);
    let downloading = OneAtATime::new();
    // Nothing to back up, or to restore into, until the account is read.
    let ready = move || state.phase.with(|phase| *phase == Phase::Ready);
    let (passphrase_id, file_id) = (unique_id("backup-passphrase"), unique_id("backup-file"));

    // "Download backup": the account as this tab holds it, locked when a passphrase is given.
    let download_backup = move || {
        problem.set(None);
        made.set(String::new());
        let Some((name, text)) = state.backup() else { return };
        let secret = passphrase.get_untracked();
        downloading.run(async move {
            let text = if secret.is_empty() {
                text
            } else {
                match crypto::lock(&text, &secret).await {
                    Ok(locked) => locked_text(locked),
                    Err(error) => return problem.set(Some(lock_problem(error))),
                }
            };
            match download::download_text(&name, "application/json", &text) {
                Ok(()) => made.set(tf(
                    if secret.is_empty() {
                        m::DOWNLOADED
                    } else {
                        m::DOWNLOADED_LOCKED
                    },
                    [&name],
                )),
                Err(_) => problem.set(Some(t(m::DOWNLOAD_REFUSED).to_owned())),
            }
        });
    };

    // "Backup file": read in the page; a file that is no backup is refused beside the field.
    let file_input = NodeRef::<leptos::html::Input>::new();
    let choose = move |_| {
        file_problem.set(None);
        let Some(file) = file_input
            .get_untracked()
            .and_then(|input| input.files())
            .and_then(|files| files.item(0))
        else {
            return;
        };
        spawn_local(async move {
            let read = if file.size() as u64 > MAX_BACKUP_BYTES {
                Err(DomainError::BackupTooLarge)
            } else {
                match JsFuture::from(file.text()).await.ok().and_then(|text| text.as_string()) {
                    Some(text) => read_backup(&text),
                    None => Err(DomainError::NotABackup),
                }
            };
            match read {
                Ok(BackupRead::Locked(locked)) => restoring.set(Some(Restoring::Passphrase(locked))),
                Ok(BackupRead::Plain(content)) => {
                    if let Some(preview) = state.preview_restore(&content) {
                        restoring.set(Some(Restoring::Preview(Box::new((content, preview)))));
                    }
                }
                Err(error) => file_problem.set(Some(error.words())),
            }
            if let Some(input) = file_input.get_untracked() {
                input.set_value("");
            }
        });
    };

    view! {
        <section class="card" id="backup" aria-labelledby="backup-title">
            <h2 class="card__title" id="backup-title">{tx(m::BACKUP_TITLE)}</h2>
            <p class="card__lead">{tx(m::BACKUP_LEAD)}</p>
            <div class="field">
                <label class="field__label" for=passphrase_id.clone()>
                    {tx(m::PASSPHRASE)} " " <span class="field__optional">{tx(kit::OPTIONAL)}</span>
                </label>
                <input
                    id=passphrase_id
                    class="field__input policy__narrow"
                    type="password"
                    autocomplete="new-password"
                    prop:value=move || passphrase.get()
                    on:input=move |event| passphrase.set(event_target_value(&event))
                />
                <p class="field__hint">
                    {move || tf(m::PASSPHRASE_HINT, [&number(LOCK_ITERATIONS as usize)])}
                </p>
            </div>
            <div class="backup__actions">
                <button type="button" class="button" disabled=move || downloading.is_busy() || !ready() on:click=move |_| download_backup()>
                    {tx(m::DOWNLOAD_BACKUP)}
                </button>
                <span class="status-line" role="status">
                    {move || if downloading.is_busy() { t(m::LOCKING_BACKUP).to_owned() } else { made.get() }}
                </span>
            </div>
            <p class="error-line" role="alert">{move || problem.get()}</p>
            <div class="field">
                <label class="field__label" for=file_id.clone()>{tx(m::BACKUP_FILE)}</label>
                <input
                    id=file_id
                    node_ref=file_input
                    type="file"
                    accept=".json,application/json"
                    disabled=move || !ready()
                    aria-invalid=move || file_problem.with(Option::is_some).then_some("true")
                    on:change=choose
                />
                <p class="field__hint">{tx(m::BACKUP_FILE_HINT)}</p>
                <p class="field__error" role="alert" hidden=move || file_problem.with(Option::is_none)>
                    {move || file_problem.get()}
                </p>
            </div>
            <KeepData />
            <RestoreBackupDialog restoring />
        </section>
    }
}

/// Whether this browser may clear the data, how much it holds, and "Keep data in this browser".
#[component]
fn KeepData() -> impl IntoView {
    let kept = RwSignal::new(None::<bool>);
    let used = RwSignal::new(None::<(f64, f64)>);
    let answer = RwSignal::new(None::<crate::i18n::Msg<0>>);
    spawn_local(async move {
        kept.try_set(persist::persisted().await);
        used.try_set(persist::estimate().await);
    });
    let ask = move |_| {
        spawn_local(async move {
            let granted = persist::persist().await;
            kept.try_set(granted);
            answer.try_set(Some(match granted {
                Some(true) => m::KEEP_GRANTED,
                Some(false) => m::KEEP_DECLINED,
                None => m::KEEP_UNAVAILABLE,
            }));
        });
    };
    view! {
        <div class="backup__keep">
            <h3 class="backup__title">{tx(m::KEEP_DATA)}</h3>
            <p>
                {move || t(match kept.get() {
                    Some(true) => m::KEPT_YES,
                    Some(false) => m::KEPT_NO,
                    None => m::KEPT_UNKNOWN,
                })}
                {move || used.get().filter(|(usage, _)| *usage >= 1.0).map(|(usage, _)| format!(" {}", tf(m::STORED_NOW, [&size(usage as u64)])))}
            </p>
            <button type="button" class="button" hidden=move || kept.get() == Some(true) on:click=ask>
                {tx(m::KEEP_DATA)}
            </button>
            <p class="status-line" role="status">{move || answer.get().map(t)}</p>
        </div>
    }
}

/// "Restore backup": the passphrase of a locked file, then the preview and "Restore".
#[component]
fn RestoreBackupDialog(restoring: RwSignal<Option<Restoring>>) -> impl IntoView {
    let state = expect_app_state();
    let toasts = expect_toasts();
    let open = crate::ui::kit::Open::new(move || restoring.with(Option::is_some), move || restoring.set(None));
    let passphrase = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = OneAtATime::new();
    let passphrase_id = unique_id("restore-passphrase");
    let forget = Callback::new(move |()| {
        passphrase.set(String::new());
        error.set(None);
    });
    let unlock = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(Restoring::Passphrase(locked)) = restoring.get_untracked() else {
            return;
        };
        let secret = passphrase.get_untracked();
        error.set(None);
        busy.run(async move {
            let opened = match crypto::unlock(&locked, &secret).await {
                Ok(text) => read_backup(&text).map_err(|e| e.words()),
                Err(problem) => Err(lock_problem(problem)),
            };
            match opened {
                Ok(BackupRead::Plain(content)) => {
                    passphrase.set(String::new());
                    if let Some(preview) = state.preview_restore(&content) {
                        restoring.set(Some(Restoring::Preview(Box::new((content, preview)))));
                    }
                }
                Ok(BackupRead::Locked(_)) => error.set(Some(DomainError::BackupDamaged.words())),
                Err(problem) => error.set(Some(problem)),
            }
        });
    };
    let restore = move |_| {
        let Some(Restoring::Preview(read)) = restoring.get_untracked() else {
            return;
        };
        let content = read.0;
        error.set(None);
        busy.run(async move {
            match state.restore(&content).await {
                Ok(done) => {
                    toasts.show(restored(&done));
                    restoring.set(None);
                }
                Err(failure) => error.set(Some(failure.words())),
            }
        });
    };
    let download_this = move |_| {
        if let Some((name, text)) = state.backup() {
            let _ = download::download_text(&name, "application/json", &text);
        }
    };
    let body = move || match restoring.get() {
        None => ().into_any(),
        Some(Restoring::Passphrase(_)) => view! {
            <form class="dialog__form" on:submit=unlock novalidate>
                <p class="dialog__body">{tx(m::LOCKED_LEAD)}</p>
                <div class="field">
                    <label class="field__label" for=passphrase_id.clone()>{tx(m::PASSPHRASE)}</label>
                    <input
                        id=passphrase_id.clone()
                        class="field__input"
                        type="password"
                        autocomplete="off"
                        aria-invalid=move || error.with(Option::is_some).then_some("true")
                        prop:value=move || passphrase.get()
                        on:input=move |event| passphrase.set(event_target_value(&event))
                    />
                </div>
                <p class="error-line" role="alert">{move || error.get()}</p>
                <div class="dialog__actions">
                    <button type="button" class="button" on:click=move |_| open.close()>{tx(kit::CANCEL)}</button>
                    <button type="submit" class="button button--primary" disabled=move || busy.is_busy()>
                        {move || t(if busy.is_busy() { m::UNLOCKING } else { m::UNLOCK })}
                    </button>
                </div>
            </form>
        }
        .into_any(),
        Some(Restoring::Preview(read)) => {
            let (content, preview) = *read;
            let (other, made_at) = (!preview.same_account, content.made_at);
            view! {
                <div class="dialog__form">
                    <p class="dialog__body">{move || tf(m::MADE_ON, [&format::date_time(made_at)])}</p>
                    <ul class="restore__lines">
                        {move || preview_lines(&preview).into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                    </ul>
                    {other.then(|| view! {
                        <p class="banner">
                            {tx(m::KEEP_COPY_FIRST)} " "
                            <button type="button" class="button button--small" on:click=download_this>{tx(m::DOWNLOAD_BACKUP)}</button>
                        </p>
                    })}
                    <p class="error-line" role="alert">{move || error.get()}</p>
                    <div class="dialog__actions">
                        <button type="button" class="button" on:click=move |_| open.close()>{tx(kit::CANCEL)}</button>
                        <button type="button" class="button button--primary" disabled=move || busy.is_busy() on:click=restore>
                            {tx(m::RESTORE)}
                        </button>
                    </div>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <Modal open on_open=Some(forget) on_close=Some(forget) title=tx(m::RESTORE_TITLE)>
            {body}
        </Modal>
    }
}
