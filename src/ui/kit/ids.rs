//! Element ids and the `aria-describedby` that ties a field to its messages.

/// A page-unique element id with `prefix`, for `aria-labelledby`, `aria-describedby` and friends.
pub fn unique_id(prefix: &str) -> String {
    use std::cell::Cell;
    thread_local! { static NEXT: Cell<u32> = const { Cell::new(0) }; }
    let n = NEXT.with(|next| {
        let n = next.get();
        next.set(n + 1);
        n
    });
    format!("{prefix}-{n}")
}

/// The `aria-describedby` of a field with a hint and an error message: the message first while `invalid`
/// says there is one (so it is read first), the hint always.
pub fn described_by(
    invalid: impl Fn() -> bool + Send + Sync + 'static,
    error_id: String,
    hint_id: String,
) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let invalid = std::sync::Arc::new(invalid);
    move || {
        if invalid() {
            format!("{error_id} {hint_id}")
        } else {
            hint_id.clone()
        }
    }
}
