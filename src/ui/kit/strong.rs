//! A sentence from the catalog with one value in bold ("The API key **CRM sync** will be deleted…"),
//! wherever the language puts it.

use leptos::prelude::*;

use crate::i18n::{Msg, tf};

/// The text of `message` with `value` filled in and shown in `<strong>`.
pub fn strong_within(message: Msg<1>, value: String) -> impl IntoView {
    strong_in(tf(message, [&value]), value)
}

/// `text` with the first `value` in it shown in `<strong>`.
pub fn strong_in(text: String, value: String) -> impl IntoView {
    match text.find(value.as_str()).filter(|_| !value.is_empty()) {
        Some(at) => {
            let (before, after) = (text[..at].to_owned(), text[at + value.len()..].to_owned());
            view! { {before} <strong>{value}</strong> {after} }.into_any()
        }
        None => text.into_any(),
    }
}
