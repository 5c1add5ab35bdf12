//! Files the user picks or drops: their names and sizes, and their bytes read a slice at a time, so a
//! large file never sits in memory whole.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, FileList};

/// The files of a file input or a drop, in order.
pub fn files_of(list: Option<FileList>) -> Vec<File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|at| list.item(at)).collect()
}

/// The bytes of `file` from `start` up to (not including) `end`.
pub async fn read_slice(file: &File, start: u64, end: u64) -> Result<Vec<u8>, JsValue> {
    // Byte offsets below 2^53 are exact as f64; files here are at most tens of megabytes.
    let slice = file.slice_with_f64_and_f64(start as f64, end as f64)?;
    let buffer = JsFuture::from(slice.array_buffer()).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
