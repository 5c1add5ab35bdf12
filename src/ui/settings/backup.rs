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
    BackupContent, BackupRead, LockedContent, MAX_BACKUP_BYTES, RestorePreview, locked_text, read_backup,
};
use crate::domain::text::size_text;
use crate::state::{Phase, expect_app_state};
use crate::ui::kit::{Modal, OneAtATime, expect_toasts, unique_id};
use crate::ui::words::Words;

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
        LockError::Unavailable(_) => {
            "This browser cannot lock or unlock backups here (it needs a secure connection).".to_owned()
        }
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
                Ok(()) => made.set(format!(
                    "Downloaded {name}{}.",
                    if secret.is_empty() { "" } else { ", locked" }
                )),
                Err(_) => problem.set(Some("The browser refused the download.".to_owned())),
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
            <h2 class="card__title" id="backup-title">"Backup and restore"</h2>
            <p class="card__lead">
                "Everything this account holds lives in this browser. Download a backup to keep it elsewhere or "
                "to move it to another browser: one file with the account, its keys (their secrets only as "
                "hashes, never the secrets), settings and activity log."
            </p>
            <div class="field">
                <label class="field__label" for=passphrase_id.clone()>
                    "Passphrase" <span class="field__optional">" (optional)"</span>
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
                    "Locks the file (AES-256-GCM, a key derived with 600,000 rounds of PBKDF2): without the "
                    "passphrase, names and IDs in it cannot be read."
                </p>
            </div>
            <div class="backup__actions">
                <button type="button" class="button" disabled=move || downloading.is_busy() || !ready() on:click=move |_| download_backup()>
                    "Download backup"
                </button>
                <span class="status-line" role="status">
                    {move || if downloading.is_busy() { "Locking the backup…".to_owned() } else { made.get() }}
                </span>
            </div>
            <p class="error-line" role="alert">{move || problem.get()}</p>
            <div class="field">
                <label class="field__label" for=file_id.clone()>"Backup file"</label>
                <input
                    id=file_id
                    node_ref=file_input
                    type="file"
                    accept=".json,application/json"
                    disabled=move || !ready()
                    aria-invalid=move || file_problem.with(Option::is_some).then_some("true")
                    on:change=choose
                />
                <p class="field__hint">"Restore from a backup: you see what it changes before anything is changed."</p>
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
    let answer = RwSignal::new(String::new());
    spawn_local(async move {
        kept.try_set(persist::persisted().await);
        used.try_set(persist::estimate().await);
    });
    let ask = move |_| {
        spawn_local(async move {
            let granted = persist::persist().await;
            kept.try_set(granted);
            answer.try_set(match granted {
                Some(true) => "The browser will keep this data until you clear it.".to_owned(),
                Some(false) => "The browser declined: it may still clear this data when space runs short. \
                                Download a backup to be safe."
                    .to_owned(),
                None => "This browser cannot be asked to keep the data.".to_owned(),
            });
        });
    };
    view! {
        <div class="backup__keep">
            <h3 class="backup__title">"Keep data in this browser"</h3>
            <p>
                {move || match kept.get() {
                    Some(true) => "This browser keeps this page's data until you clear it.",
                    Some(false) => "This browser may clear this page's data when it runs short of space.",
                    None => "This browser does not say whether it may clear this page's data.",
                }}
                {move || used.get().filter(|(usage, _)| *usage >= 1.0).map(|(usage, _)| format!(" Stored now: {}.", size_text(usage as u64)))}
            </p>
            <button type="button" class="button" hidden=move || kept.get() == Some(true) on:click=ask>
                "Keep data in this browser"
            </button>
            <p class="status-line" role="status">{move || answer.get()}</p>
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
                    toasts.show(done.done());
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
                <p class="dialog__body">"This backup is locked. Enter the passphrase it was locked with."</p>
                <div class="field">
                    <label class="field__label" for=passphrase_id.clone()>"Passphrase"</label>
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
                    <button type="button" class="button" on:click=move |_| open.close()>"Cancel"</button>
                    <button type="submit" class="button button--primary" disabled=move || busy.is_busy()>
                        {move || if busy.is_busy() { "Unlocking…" } else { "Unlock" }}
                    </button>
                </div>
            </form>
        }
        .into_any(),
        Some(Restoring::Preview(read)) => {
            let (content, preview) = *read;
            let other = !preview.same_account;
            view! {
                <div class="dialog__form">
                    <p class="dialog__body">{format!("A backup made on {}.", format::date_time(content.made_at))}</p>
                    <ul class="restore__lines">
                        {preview.lines().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                    </ul>
                    {other.then(|| view! {
                        <p class="banner">
                            "Keep a copy of this browser's account first: "
                            <button type="button" class="button button--small" on:click=download_this>"Download backup"</button>
                        </p>
                    })}
                    <p class="error-line" role="alert">{move || error.get()}</p>
                    <div class="dialog__actions">
                        <button type="button" class="button" on:click=move |_| open.close()>"Cancel"</button>
                        <button type="button" class="button button--primary" disabled=move || busy.is_busy() on:click=restore>
                            "Restore"
                        </button>
                    </div>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <Modal open on_open=Some(forget) on_close=Some(forget) title="Restore backup">
            {body}
        </Modal>
    }
}
