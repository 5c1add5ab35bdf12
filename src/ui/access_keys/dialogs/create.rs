//! "Create access key": a name, a description, an expiry period, permissions and allowed IP addresses
//! → the ID and secret, shown once, with copy and download → "Done" → an alert → "Proceed". The secret
//! leaves the page and memory at "Proceed". "Create similar" opens it filled in from another key.

use crate::i18n::{m::access_keys as m, t, tf, tx};
use leptos::prelude::*;

use crate::browser::perf;
use crate::domain::access_key::{KeyDescription, KeySettings, copy_name};
use crate::domain::dates::parse_iso_date;
use crate::domain::network::AllowedIps;
use crate::domain::permissions::Permissions;
use crate::domain::{AccessKey, AccessKeyId, AccessKeyName, ExpiryPeriod};
use crate::state::{ActionError, expect_app_state};
use crate::ui::access_keys::fields::{AllowedIpsField, DescriptionField, ExpiryField, NameField, PermissionsField};
use crate::ui::access_keys::list::row_element_id;
use crate::ui::access_keys::secret::{OneTimeSecret, SecretReveal};
use crate::ui::access_keys::words::line_error;
use crate::ui::kit::{FormDialog, OneAtATime, Open, expect_toasts, focus_first_invalid};
use crate::ui::words::Words;

/// The create dialog, open while `open` says so.
#[component]
pub fn CreateAccessKeyDialog(
    /// Whether the dialog is open, two-way.
    #[prop(into)]
    open: Open,
    /// The name the form starts with (e.g. when replacing an API key).
    #[prop(optional, into)]
    initial_name: Signal<String>,
    /// The key whose settings the form starts with ("Create similar"), if any.
    #[prop(optional, into)]
    like: Signal<Option<AccessKey>>,
    /// Runs after "Proceed" with the new key's ID, once the key is in the list.
    #[prop(optional)]
    on_proceed: Option<Callback<AccessKeyId>>,
) -> impl IntoView {
    let state = expect_app_state();
    let name = RwSignal::new(String::new());
    let name_error = RwSignal::new(None::<String>);
    let description = RwSignal::new(String::new());
    let description_error = RwSignal::new(None::<String>);
    let permissions = RwSignal::new(Permissions::Full);
    let allowed_ips = RwSignal::new(String::new());
    let ip_errors = RwSignal::new(Vec::<String>::new());
    let period = RwSignal::new(String::new());
    let custom_date = RwSignal::new(String::new());
    let expiry_error = RwSignal::new(None::<String>);
    let form_error = RwSignal::new(None::<String>);
    let creating = OneAtATime::new();
    // The new key's secret, from "Create" to "Proceed".
    let secret = OneTimeSecret::new();

    let reset = Callback::new(move |()| {
        let policy = state.policy.get_untracked();
        match like.get_untracked() {
            Some(like) => {
                name.set(state.access_keys.with_untracked(|keys| copy_name(&like.name, keys)));
                description.set(like.description.as_str().to_owned());
                permissions.set(like.permissions.clone());
                allowed_ips.set(like.allowed_ips.lines());
                period.set(policy.period_like(like.created_at, like.expires_at).code());
            }
            None => {
                name.set(initial_name.get_untracked());
                description.set(String::new());
                permissions.set(Permissions::Full);
                allowed_ips.set(String::new());
                period.set(policy.default.code());
            }
        }
        name_error.set(None);
        description_error.set(None);
        ip_errors.set(Vec::new());
        custom_date.set(String::new());
        expiry_error.set(None);
        form_error.set(None);
    });

    let toasts = expect_toasts();
    // However the dialog ends, the secret goes (zeroed); a key that was created is confirmed.
    let finish = move || {
        let created = secret.finish();
        if let Some(key) = &created {
            toasts.show_about(tf(m::CREATED, [key.name.as_str()]), row_element_id(&key.id));
        }
        open.close();
        created.map(|key| key.id)
    };

    let submit = Callback::new(move |()| {
        let Some(chosen) = ExpiryPeriod::from_code(&period.get_untracked()) else {
            expiry_error.set(Some(t(m::CHOOSE_EXPIRY_PERIOD).into()));
            return;
        };
        let date = parse_iso_date(&custom_date.get_untracked());
        let typed = name.get_untracked();
        // Every field is checked before anything is stored, so all that is wrong is said at once.
        let described = KeyDescription::parse(&description.get_untracked());
        let allowed = AllowedIps::parse(&allowed_ips.get_untracked());
        if described.is_err() || allowed.is_err() {
            name_error.set(AccessKeyName::parse(&typed).err().map(|error| error.words()));
            description_error.set(described.as_ref().err().map(Words::words));
            ip_errors.set(
                allowed
                    .as_ref()
                    .err()
                    .map_or_else(Vec::new, |lines| lines.iter().map(line_error).collect()),
            );
            focus_first_invalid();
            return;
        }
        let (Ok(description), Ok(allowed_ips)) = (described, allowed) else {
            return;
        };
        let settings = KeySettings {
            description,
            permissions: permissions.get_untracked(),
            allowed_ips,
        };
        perf::start("create-access-key");
        creating.run(async move {
            let outcome = state.create_access_key(&typed, chosen, date, &settings).await;
            perf::finish_after_frame("create-access-key");
            match outcome {
                Ok(new_key) => secret.reveal(new_key),
                Err(ActionError::Invalid(error)) if error.concerns_name() => {
                    name_error.set(Some(error.words()));
                    focus_first_invalid();
                }
                Err(ActionError::Invalid(error)) if error.concerns_expiry() => {
                    expiry_error.set(Some(error.words()));
                    focus_first_invalid();
                }
                Err(error) => form_error.set(Some(error.words())),
            }
        });
    });

    // Escape on the form closes the dialog; once the secret is shown it goes through the alert.
    let on_escape = Callback::new(move |()| secret.allow_escape());
    let on_close = Callback::new(move |()| {
        finish();
    });

    view! {
        <FormDialog
            open
            on_open=reset
            on_close
            on_escape
            title=tx(m::CREATE_ACCESS_KEY)
            class="dialog--wide"
            on_submit=submit
            submit_label=tx(m::CREATE)
            busy=creating
            error=form_error
            show_form=Signal::derive(move || !secret.is_revealed())
            after=std::sync::Arc::new(move || {
                view! {
                    <SecretReveal
                        secret
                        on_proceed=Callback::new(move |()| {
                            if let (Some(id), Some(callback)) = (finish(), on_proceed) {
                                callback.run(id);
                            }
                        })
                    />
                }
                .into_any()
            })
        >
            {move || like.with(|like| like.as_ref().map(|like| view! {
                <p class="dialog__body">{tf(m::COPIED_FROM, [like.name.as_str()])}</p>
            }))}
            <NameField value=name error=name_error />
            <DescriptionField value=description error=description_error />
            <ExpiryField period custom_date error=expiry_error />
            <PermissionsField value=permissions />
            <AllowedIpsField value=allowed_ips errors=ip_errors />
        </FormDialog>
    }
}
