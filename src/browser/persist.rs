//! Whether the browser may clear this site's data when it runs short of space (`navigator.storage`), how
//! much the site holds, and asking it to keep the data.

use js_sys::Reflect;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

fn manager() -> Option<web_sys::StorageManager> {
    Some(web_sys::window()?.navigator().storage())
}

async fn answer(promise: Result<js_sys::Promise, JsValue>) -> Option<JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

/// Whether the data is kept until the user clears it (`None`: the browser cannot say).
pub async fn persisted() -> Option<bool> {
    answer(manager()?.persisted()).await?.as_bool()
}

/// Asks the browser to keep the data; its answer (`None`: it cannot be asked).
pub async fn persist() -> Option<bool> {
    answer(manager()?.persist()).await?.as_bool()
}

/// How many bytes the site holds, and how many it may.
pub async fn estimate() -> Option<(f64, f64)> {
    let estimate = answer(manager()?.estimate()).await?;
    let field = |name: &str| Reflect::get(&estimate, &JsValue::from_str(name)).ok()?.as_f64();
    Some((field("usage")?, field("quota")?))
}
