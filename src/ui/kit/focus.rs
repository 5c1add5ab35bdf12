//! Where focus goes after a form is refused.

/// After a form was refused, moves focus to its first field marked invalid (once the marks are drawn),
/// which also scrolls it into view: the user starts where the first problem is.
pub fn focus_first_invalid() {
    leptos::prelude::request_animation_frame(|| {
        use wasm_bindgen::JsCast;
        let field = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| {
                document
                    .query_selector("dialog[open] [aria-invalid=true]")
                    .ok()
                    .flatten()
            })
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(field) = field {
            let _ = field.focus();
            // Focus alone scrolls a field inside the modal only just into view, which leaves its hint and
            // messages under the sticky buttons: the whole field is brought above them (its scroll margin).
            match field.closest(".field") {
                Ok(Some(whole)) => whole.scroll_into_view_with_bool(false),
                _ => field.scroll_into_view_with_bool(false),
            }
        }
    });
}
