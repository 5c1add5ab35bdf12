//! Writing text to the clipboard, and selecting text for a manual copy when the browser refuses.

use wasm_bindgen_futures::JsFuture;

/// Writes `text` to the system clipboard; `Err` when the Clipboard API is missing or refused.
pub async fn write_text(text: &str) -> Result<(), ()> {
    let navigator = web_sys::window().ok_or(())?.navigator();
    // Outside a secure context `navigator.clipboard` is undefined; calling into it would throw.
    let present = js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|value| value.is_object());
    if !present {
        return Err(());
    }
    let clipboard = navigator.clipboard();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| ())
}

/// Selects the text of the element with `id`, so the user can copy it by hand.
pub fn select_contents(id: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let (Some(element), Ok(range), Ok(Some(selection))) = (
        document.get_element_by_id(id),
        document.create_range(),
        document.get_selection(),
    ) else {
        return;
    };
    if range.select_node_contents(&element).is_ok() {
        let _ = selection.remove_all_ranges();
        let _ = selection.add_range(&range);
    }
}
