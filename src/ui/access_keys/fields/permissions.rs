//! The "Permissions" group of a key's dialogs: Full access (the default: the key can do what you can)
//! or Restricted, with a level for each resource of the platform and presets.

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
                    .map(|access| view! { <option value=access.code()>{access.label()}</option> })
                    .collect_view();
                view! {
                    <div class="permissions__row">
                        <label class="permissions__resource" for=select_id.clone()>{resource.name()}</label>
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
            <legend class="field__label">"Permissions"</legend>
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
                    "Full access"
                    <span class="keys__meta" id=full_hint>"The key can perform the same operations as you."</span>
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
                    "Restricted"
                    <span class="keys__meta" id=restricted_hint>"The key can do only what you choose for each resource."</span>
                </span>
            </label>
            <Show when=move || restricted.get()>
                <div class="permissions__presets" role="group" aria-label="Presets">
                    <span class="keys__meta">"Presets:"</span>
                    <button type="button" class="button button--small" on:click=move |_| value.set(Permissions::every(Access::Read))>
                        "Read only"
                    </button>
                    <button type="button" class="button button--small" on:click=move |_| value.set(Permissions::every(Access::None))>
                        "No access"
                    </button>
                </div>
                <div class="permissions__grid">{rows}</div>
            </Show>
        </fieldset>
    }
}
