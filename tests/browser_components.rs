//! Components in a real browser: the debug session key's Show/Hide and the copy button.
#![cfg(target_arch = "wasm32")]

use api_auth::domain::{DebugSessionKey, SeededRandom};
use api_auth::i18n::{m::kit as kit_words, t};
use api_auth::ui::account::DebugSessionKeySection;
use api_auth::ui::kit::CopyButton;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

fn button_named(root: &HtmlElement, name: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i)?.dyn_into::<HtmlElement>().ok())
        .find(|b| b.get_attribute("aria-label").as_deref() == Some(name) || b.text_content().as_deref() == Some(name))
        .unwrap_or_else(|| panic!("no button named {name:?} in {}", root.inner_html()))
}

async fn settle() {
    leptos::task::tick().await;
    // Clipboard promises resolve on a later turn than the click.
    let promise = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    leptos::task::tick().await;
}

/// Replaces `navigator.clipboard` with a stub that records what is written, or refuses.
fn stub_clipboard(refuse: bool) {
    let body = if refuse {
        "return Promise.reject(new DOMException('denied', 'NotAllowedError'));"
    } else {
        "window.__copied = text; return Promise.resolve();"
    };
    let write_text = js_sys::Function::new_with_args("text", body);
    let stub = js_sys::Object::new();
    js_sys::Reflect::set(&stub, &"writeText".into(), &write_text).unwrap();
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"value".into(), &stub).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    let navigator = web_sys::window().unwrap().navigator();
    js_sys::Object::define_property(
        navigator.unchecked_ref::<js_sys::Object>(),
        &"clipboard".into(),
        &descriptor,
    );
}

#[wasm_bindgen_test]
async fn the_debug_session_key_is_in_the_page_only_while_shown() {
    let key = DebugSessionKey::generate(&mut SeededRandom::new(4));
    let secret = key.reveal().to_owned();
    let root = fresh_root();
    let _handle = leptos::mount::mount_to(
        root.clone(),
        move || view! { <DebugSessionKeySection key=key.clone() /> },
    );
    settle().await;
    assert!(
        !root.inner_html().contains(&secret),
        "the key is in the DOM before Show"
    );

    button_named(&root, "Show").click();
    settle().await;
    assert!(root.text_content().unwrap().contains(&secret));
    button_named(&root, "Copy debug session key");

    button_named(&root, "Hide").click();
    settle().await;
    assert!(
        !root.inner_html().contains(&secret),
        "the key stays in the DOM after Hide"
    );
    button_named(&root, "Show");
}

#[wasm_bindgen_test]
async fn copying_writes_the_value_and_announces_copied() {
    stub_clipboard(false);
    let root = fresh_root();
    let _handle = leptos::mount::mount_to(root.clone(), || {
        view! {
            <code id="copy-target-ok">"Ac0123456789"</code>
            <CopyButton label="Copy Account ID" value="Ac0123456789" target_id="copy-target-ok" />
        }
    });
    settle().await;
    let status = root.query_selector("[role=status]").unwrap().unwrap();
    assert_eq!(status.text_content().unwrap(), "");

    button_named(&root, "Copy Account ID").click();
    settle().await;
    let copied = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__copied".into()).unwrap();
    assert_eq!(copied.as_string().as_deref(), Some("Ac0123456789"));
    assert_eq!(status.text_content().unwrap(), "Copied");
}

#[wasm_bindgen_test]
async fn a_refused_copy_selects_the_value_and_says_how_to_copy_by_hand() {
    stub_clipboard(true);
    let root = fresh_root();
    let _handle = leptos::mount::mount_to(root.clone(), || {
        view! {
            <code id="copy-target-refused">"northwind.example.com"</code>
            <CopyButton label="Copy Account domain" value="northwind.example.com" target_id="copy-target-refused" />
        }
    });
    settle().await;
    button_named(&root, "Copy Account domain").click();
    settle().await;
    let status = root.query_selector("[role=status]").unwrap().unwrap();
    assert_eq!(status.text_content().unwrap(), t(kit_words::MANUAL_COPY_HINT));
    assert!(t(kit_words::MANUAL_COPY_HINT).starts_with("Your browser blocked copying."));
    let selection = web_sys::window().unwrap().get_selection().unwrap().unwrap();
    assert_eq!(String::from(selection.to_string()), "northwind.example.com");
}

fn input_labelled(root: &HtmlElement, label: &str) -> web_sys::HtmlInputElement {
    root.query_selector(&format!("input[aria-label=\"{label}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no input labelled {label:?}"))
        .unchecked_into()
}

fn row_of(root: &HtmlElement, name: &str) -> web_sys::Element {
    let rows = root.query_selector_all("tbody tr").unwrap();
    (0..rows.length())
        .filter_map(|i| rows.item(i)?.dyn_into::<web_sys::Element>().ok())
        .find(|row| {
            row.query_selector(".keys__name-text")
                .ok()
                .flatten()
                .and_then(|cell| cell.text_content())
                .as_deref()
                == Some(name)
        })
        .unwrap_or_else(|| panic!("no row named {name:?}"))
}

/// A store patch from "another tab" updates the row it concerns in place and leaves alone what the
/// user is doing here: the search text, the selection, the other rows and an open dialog with a secret.
#[wasm_bindgen_test]
async fn a_patch_from_another_tab_leaves_search_selection_and_an_open_dialog_alone() {
    use api_auth::state::{AppState, Env, provide_app_state};
    use api_auth::storage::{AnyStore, MemoryStore};
    use api_auth::ui::access_keys::{AccessKeysSection, provide_access_keys};
    use api_auth::ui::kit::provide_toasts;

    let store = MemoryStore::default();
    let here = AppState::new(Env::browser());
    here.open(AnyStore::Memory(store.clone())).await;
    let elsewhere = AppState::new(Env::browser());
    elsewhere.open(AnyStore::Memory(store.clone())).await;

    let root = fresh_root();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_app_state(here);
        provide_toasts();
        provide_access_keys(RwSignal::new(None));
        view! { <AccessKeysSection /> }
    });
    settle().await;

    // The user searches, ticks a row and creates a key whose secret is now on screen.
    let search: web_sys::HtmlInputElement = root
        .query_selector("input[type=search]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    search.set_value("i");
    search.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    input_labelled(&root, "Select CI pipeline").click();
    settle().await;
    let ci_row = row_of(&root, "CI pipeline");
    button_named(&root, "Create access key").click();
    settle().await;
    let name = input_labelled_or_id(&root);
    name.set_value("Shown once");
    name.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    button_named(&root, "Create").click();
    for _ in 0..5 {
        settle().await;
    }
    let secret = root
        .query_selector("#new-access-key-secret")
        .unwrap()
        .expect("the secret is on screen")
        .text_content()
        .unwrap();
    assert!(
        secret.starts_with("aks_"),
        "the secret is written into the page: {secret:?}"
    );

    // Another tab renames a key; this tab hears and refreshes.
    let dashboard = elsewhere
        .access_keys
        .get_untracked()
        .into_iter()
        .find(|k| k.name.as_str() == "Reporting dashboard")
        .unwrap();
    elsewhere
        .rename_access_key(&dashboard, "Billing reports")
        .await
        .unwrap();
    here.refresh().await;
    settle().await;

    assert_eq!(
        row_of(&root, "Billing reports").get_attribute("hidden"),
        None,
        "the renamed row is patched"
    );
    assert_eq!(search.value(), "i", "the search text stays");
    assert!(
        input_labelled(&root, "Select CI pipeline").checked(),
        "the selection stays"
    );
    assert!(
        row_of(&root, "CI pipeline").is_same_node(Some(&ci_row)),
        "an unchanged row is not rebuilt"
    );
    let still = root
        .query_selector("#new-access-key-secret")
        .unwrap()
        .expect("the secret is still on screen")
        .text_content()
        .unwrap();
    assert_eq!(still, secret);
    let dialog: web_sys::HtmlDialogElement = root.query_selector("dialog[open]").unwrap().unwrap().unchecked_into();
    assert!(dialog.open());
}

fn input_labelled_or_id(root: &HtmlElement) -> web_sys::HtmlInputElement {
    root.query_selector("dialog[open] input[type=text], dialog[open] input:not([type])")
        .unwrap()
        .expect("the Name field of the open dialog")
        .unchecked_into()
}

/// The Permissions group: Full access by default; Restricted shows one select per resource, the presets
/// set them all, and going back to Full and to Restricted again gives back the levels chosen before.
#[wasm_bindgen_test]
async fn the_permissions_group_restricts_per_resource_and_remembers_the_levels() {
    use api_auth::domain::permissions::{Access, Permissions, Resource};
    use api_auth::ui::access_keys::fields::{AllowedIpsField, PermissionsField};

    let value = RwSignal::new(Permissions::Full);
    let ips = RwSignal::new(String::new());
    let ip_errors = RwSignal::new(Vec::<String>::new());
    let root = fresh_root();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <PermissionsField value />
            <AllowedIpsField value=ips errors=ip_errors />
        }
    });
    settle().await;
    let radio = |value: &str| -> web_sys::HtmlInputElement {
        root.query_selector(&format!("input[type=radio][value={value}]"))
            .unwrap()
            .unwrap()
            .unchecked_into()
    };
    let selects = || root.query_selector_all("select").unwrap().length();
    assert!(radio("full").checked());
    assert_eq!(selects(), 0, "no levels while the key has full access");

    radio("restricted").click();
    settle().await;
    assert_eq!(value.get_untracked(), Permissions::every(Access::None));
    assert_eq!(selects(), 6);
    button_named(&root, "Read only").click();
    settle().await;
    let boards = root.query_selector_all("select").unwrap().item(1).unwrap();
    let value_of = |element: &web_sys::Node| js_sys::Reflect::get(element, &"value".into()).unwrap().as_string();
    assert_eq!(value_of(&boards).as_deref(), Some("read"));
    js_sys::Reflect::set(&boards, &"value".into(), &"read_write".into()).unwrap();
    boards.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    settle().await;
    assert_eq!(value.get_untracked().access(Resource::Boards), Access::ReadWrite);
    assert_eq!(value.get_untracked().access(Resource::Users), Access::Read);

    radio("full").click();
    settle().await;
    assert_eq!(value.get_untracked(), Permissions::Full);
    radio("restricted").click();
    settle().await;
    assert_eq!(
        value.get_untracked().access(Resource::Boards),
        Access::ReadWrite,
        "the levels come back"
    );

    // Each bad address line is listed and tied to the field.
    ip_errors.set(vec!["Line 2: 300.1.2.3 is not an IP address or range".into()]);
    settle().await;
    let field = root.query_selector("textarea.mono").unwrap().unwrap();
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = field.get_attribute("aria-describedby").unwrap();
    let first = described.split(' ').next().unwrap();
    let errors = root.query_selector(&format!("#{first}")).unwrap().unwrap();
    assert_eq!(
        errors.text_content().unwrap(),
        "Line 2: 300.1.2.3 is not an IP address or range"
    );
}

#[wasm_bindgen_test]
fn plural_rules_agree_with_the_browsers_intl_plural_rules() {
    use api_auth::i18n::plural::category;
    use api_auth::i18n::source::{CATEGORIES, LANGUAGES};
    use js_sys::{Array, Intl, Object};
    use wasm_bindgen::JsValue;
    let samples: Vec<u64> = (0..=250)
        .chain([1_000, 1_001, 1_000_000, 2_000_000, 1_000_002, 10_000_000])
        .collect();
    for (code, categories) in LANGUAGES {
        let rules = Intl::PluralRules::new(&Array::of1(&JsValue::from_str(code)), &Object::new());
        for &n in &samples {
            let browser = rules.select(n as f64).as_string().unwrap();
            let ours = CATEGORIES[category(code, n)];
            assert_eq!(ours, browser, "{code} {n}");
            assert!(categories.contains(&ours), "{code} lists {ours}");
        }
    }
}

#[wasm_bindgen_test]
async fn a_part_follows_a_relayed_source_while_it_lives_and_is_forgotten_when_dropped() {
    use api_auth::ui::kit::Relay;
    let owner = Owner::new();
    owner.set();
    let source = RwSignal::new(1);
    let relay = Relay::new(move || source.track());
    let seen = RwSignal::new(0);
    let part = Owner::new();
    part.with(|| {
        let follow = relay.follow();
        Effect::new(move |_| {
            follow.track();
            seen.set(source.get_untracked());
        });
    });
    settle().await;
    assert_eq!(seen.get_untracked(), 1);
    assert_eq!(relay.followers(), 1);

    source.set(2);
    settle().await;
    assert_eq!(seen.get_untracked(), 2, "the part follows a change of the source");

    drop(part);
    assert_eq!(relay.followers(), 0, "a dropped part leaves nothing in the relay");
    source.set(3);
    settle().await;
    assert_eq!(seen.get_untracked(), 2, "a dropped part no longer runs");
}

#[wasm_bindgen_test]
async fn a_keyed_list_keeps_the_view_of_a_key_that_stays_and_draws_only_what_is_new() {
    use api_auth::ui::kit::keyed_list;
    let items = RwSignal::new(vec![(1u32, "one"), (2, "two"), (3, "three")]);
    let drawn = RwSignal::new(0usize);
    let root = fresh_root();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <ul>
                {keyed_list(
                    move || items.get(),
                    |(key, _)| key.to_string(),
                    move |(key, label)| {
                        drawn.update(|n| *n += 1);
                        view! { <li data-key=key>{label}</li> }.into_any()
                    },
                )}
            </ul>
        }
    });
    settle().await;
    let texts = |root: &HtmlElement| {
        let items = root.query_selector_all("li").unwrap();
        (0..items.length())
            .map(|i| items.item(i).unwrap().text_content().unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(texts(&root), ["one", "two", "three"]);
    assert_eq!(drawn.get_untracked(), 3);
    let two = root.query_selector("li[data-key='2']").unwrap().unwrap();

    // Reordered, one gone, one new: only the new one is drawn, the others are the same elements.
    items.set(vec![(4, "four"), (2, "two"), (1, "one")]);
    settle().await;
    assert_eq!(texts(&root), ["four", "two", "one"]);
    assert_eq!(drawn.get_untracked(), 4, "only the new key is drawn");
    let two_now = root.query_selector("li[data-key='2']").unwrap().unwrap();
    assert!(two.is_same_node(Some(&two_now)), "a key that stays keeps its element");

    items.set(Vec::new());
    settle().await;
    assert!(texts(&root).is_empty());
}
