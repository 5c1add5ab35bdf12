//! The "Permissions" group of a key's dialogs: Full access (the default: the key can do what you can)
//! or Restricted, with a level for each resource of the platform and presets.

use crate::i18n::{m::access_keys as m, tx};
use crate::ui::words;
use leptos::prelude::*;

use crate::domain::permissions::{Access, Permissions, Resource};
use crate::ui::kit::unique_id;

/// Radio buttons "Full access" / "Restricted" and, when restricted, one select per resource.
#[component]
pub fn PermissionsField(
    /// The permissions chosen.
    value: RwSignal<Permissions>,
) -> impl IntoView {
    let group = unique_id("permissions");
    let full_hint = unique_id("permissions-full");
    let restricted_hint = unique_id("permissions-restricted");
    let restricted = Memo::new(move |_| value.with(Permissions::is_restricted));
    // Back to Full and to Restricted again gives back the levels chosen before.
    let last_restricted = StoredValue::new(Permissions::every(Access::None));
    let choose_full = move |_| {
        if value.with_untracked(Permissions::is_restricted) {
            last_restricted.set_value(value.get_untracked());
        }
        value.set(Permissions::Full);
    };
    let choose_restricted = move |_| {
        if !value.with_untracked(Permissions::is_restricted) {
            value.set(last_restricted.get_value());
        }
    };
    let set_level = move |resource: Resource, access: Access| {
        value.update(|permissions| {
            if let Permissions::Restricted(granted) = permissions {
                granted.insert(resource, access);
            }
        });
    };
    let rows = move || {
        Resource::ALL
            .into_iter()
            .map(|resource| {
                let select_id = unique_id("permission");
                let options = Access::ALL
                    .into_iter()
                    .map(|access| view! { <option value=access.code()>{tx(words::access(access))}</option> })
                    .collect_view();
                view! {
                    <div class="permissions__row">
                        <label class="permissions__resource" for=select_id.clone()>{tx(words::resource(resource))}</label>
                        <select
                            id=select_id
                            class="field__input"
                            prop:value=move || value.with(|p| p.access(resource).code())
                            on:change=move |event| {
                                if let Some(access) = Access::from_code(&event_target_value(&event)) {
                                    set_level(resource, access);
                                }
                            }
                        >
                            {options}
                        </select>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="permissions">
            <legend class="field__label">{tx(m::PERMISSIONS)}</legend>
            <label class="check check--top">
                <input
                    type="radio"
                    name=group.clone()
                    value="full"
                    prop:checked=move || !restricted.get()
                    on:change=choose_full
                    aria-describedby=full_hint.clone()
                />
                <span>
                    {tx(m::FULL_ACCESS)}
                    <span class="keys__meta" id=full_hint>{tx(m::FULL_ACCESS_HINT)}</span>
                </span>
            </label>
            <label class="check check--top">
                <input
                    type="radio"
                    name=group
                    value="restricted"
                    prop:checked=move || restricted.get()
                    on:change=choose_restricted
                    aria-describedby=restricted_hint.clone()
                />
                <span>
                    {tx(m::RESTRICTED)}
                    <span class="keys__meta" id=restricted_hint>{tx(m::RESTRICTED_HINT)}</span>
                </span>
            </label>
            <Show when=move || restricted.get()>
                <div class="permissions__presets" role="group" aria-label=tx(m::PRESETS)>
                    <span class="keys__meta">{tx(m::PRESETS_LABEL)}</span>
                    <button type="button" class="button button--small" on:click=move |_| value.set(Permissions::every(Access::Read))>
                        {tx(m::READ_ONLY)}
                    </button>
                    <button type="button" class="button button--small" on:click=move |_| value.set(Permissions::every(Access::None))>
                        {tx(words::access(Access::None))}
                    </button>
                </div>
                <div class="permissions__grid">{rows}</div>
            </Show>
        </fieldset>
    }
}
