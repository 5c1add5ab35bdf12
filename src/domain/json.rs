//! JSON, read and written by hand. Reading: one small parser into a tree that borrows from the text
//! ([`Json`]), and each type reads itself from that tree ([`FromJson`]). Writing: each type writes itself
//! ([`ToJson`]), compactly, byte for byte as serde_json wrote it (a backup's digest is over those bytes;
//! `tests/domain_json_writing.rs` pins them). Both sit beside each type's definition, a few lines each;
//! serde's derives compiled a visitor per type and per reader or writer.
//!
//! What is read is what serde read: any JSON (whitespace, escapes, fields in any order, unknown fields
//! ignored), a missing `Option` field as `None`, and errors in serde's words ("missing field `from`",
//! "unknown variant `teleported`", "… at line 1 column 9").

mod parse;
mod read;
mod write;

use std::borrow::Cow;
use std::fmt;

pub use parse::parse;
pub use read::{Fields, FromJson, code_named, read_code, read_via, tagged, unknown_variant};
pub use write::{Object, Omit, ToJson, to_pretty_string, to_string, write_object};

/// A JSON value; strings without escapes borrow from the text read.
#[derive(Debug, Clone, PartialEq)]
pub enum Json<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written (checked against JSON's grammar).
    Number(&'a str),
    /// A string, unescaped.
    String(Cow<'a, str>),
    /// An array.
    Array(Vec<Json<'a>>),
    /// An object: its fields in the order written.
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

/// Why a text could not be read, in serde's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError(String);

impl JsonError {
    /// An error that says `message`.
    pub fn new(message: impl Into<String>) -> Self {
        Self(message.into())
    }

    /// A required field that is not there.
    pub fn missing_field(name: &str) -> Self {
        Self(format!("missing field `{name}`"))
    }

    /// A value of the wrong kind: `expected` says what was wanted ("a string").
    pub fn invalid_type(found: &Json<'_>, expected: &str) -> Self {
        let found = match found {
            Json::Null => "null".to_owned(),
            Json::Bool(value) => format!("boolean `{value}`"),
            Json::Number(text) => format!("number `{text}`"),
            Json::String(text) => format!("string {text:?}"),
            Json::Array(_) => "sequence".to_owned(),
            Json::Object(_) => "map".to_owned(),
        };
        Self(format!("invalid type: {found}, expected {expected}"))
    }
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for JsonError {}

/// Reads `text` as a `T`.
pub fn from_str<T: FromJson>(text: &str) -> Result<T, JsonError> {
    T::from_json(&parse(text)?)
}

/// [`ToJson`] and [`FromJson`] for a struct stored as an object whose fields are named as in Rust, written in
/// the order listed. A field may say how: `default` reads a missing field as the type's default; `omit`
/// leaves it out when written while it holds nothing ([`Omit`]). A missing `Option` field reads as `None`.
///
/// ```text
/// json::record!(RetiredSecret { hash, since });
/// json::record!(ActivityEvent { id, at, access_key_id, key_name, kind, by: omit });
/// ```
macro_rules! record {
    ($name:ident { $($field:ident $(: $($how:ident)+)?),* $(,)? }) => {
        impl $crate::domain::json::ToJson for $name {
            fn write_json(&self, out: &mut String) {
                $crate::domain::json::write_object(out, |object| {
                    $($crate::domain::json::record!(@write object, self, $field $($($how)+)?);)*
                });
            }
        }

        impl $crate::domain::json::FromJson for $name {
            fn from_json(
                value: &$crate::domain::json::Json<'_>,
            ) -> Result<Self, $crate::domain::json::JsonError> {
                let fields = $crate::domain::json::Fields::of(value)?;
                Ok(Self {
                    $($field: $crate::domain::json::record!(@read fields, $field $($($how)+)?),)*
                })
            }
        }
    };
    (@write $object:ident, $this:ident, $field:ident $(default)? omit) => {
        if !$crate::domain::json::Omit::omitted(&$this.$field) {
            $object.field(stringify!($field), &$this.$field);
        }
    };
    (@write $object:ident, $this:ident, $field:ident $(default)?) => {
        $object.field(stringify!($field), &$this.$field);
    };
    (@read $fields:ident, $field:ident default $(omit)?) => {
        $fields.field_or_default(stringify!($field))?
    };
    (@read $fields:ident, $field:ident $(omit)?) => {
        $fields.field(stringify!($field))?
    };
}

pub(crate) use record;

/// [`ToJson`] and [`FromJson`] for a newtype stored as what it wraps and checked on the way in (its
/// `TryFrom<Inner>`, whose error's words become the reading error): `json::checked!(AccessKeyId: String);`.
macro_rules! checked {
    ($name:ident: $inner:ty) => {
        impl $crate::domain::json::ToJson for $name {
            fn write_json(&self, out: &mut String) {
                $crate::domain::json::ToJson::write_json(&self.0, out);
            }
        }

        impl $crate::domain::json::FromJson for $name {
            fn from_json(value: &$crate::domain::json::Json<'_>) -> Result<Self, $crate::domain::json::JsonError> {
                $crate::domain::json::read_via::<$inner, _>(value)
            }
        }
    };
}

pub(crate) use checked;
