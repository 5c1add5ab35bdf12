//! Reading: [`FromJson`], an object's [`Fields`] by name, and the readers of the standard types.

use std::borrow::Cow;
use std::fmt::{self, Write as _};

use chrono::{DateTime, Utc};

use super::{Json, JsonError};

/// A type that reads itself from JSON.
pub trait FromJson: Sized {
    /// Reads `value`.
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError>;

    /// What a missing field of this type reads as: an error, except for an `Option` (`None`).
    fn missing(name: &str) -> Result<Self, JsonError> {
        Err(JsonError::missing_field(name))
    }
}

/// The fields of a JSON object, read by name.
#[derive(Clone, Copy)]
pub struct Fields<'j, 'a>(&'j [(Cow<'a, str>, Json<'a>)]);

impl<'j, 'a> Fields<'j, 'a> {
    /// The fields of `value`, which must be an object.
    pub fn of(value: &'j Json<'a>) -> Result<Self, JsonError> {
        match value {
            Json::Object(fields) => Ok(Self(fields)),
            other => Err(JsonError::invalid_type(other, "a map")),
        }
    }

    /// The field `name`, if it is there (the first, if it is there twice).
    pub fn get(&self, name: &str) -> Option<&'j Json<'a>> {
        self.0.iter().find(|(key, _)| key == name).map(|(_, value)| value)
    }

    /// Every field, in the order written.
    pub fn iter(&self) -> impl Iterator<Item = (&'j str, &'j Json<'a>)> {
        self.0.iter().map(|(key, value)| (key.as_ref(), value))
    }

    /// The field `name`: an error when it is missing (an `Option` reads as `None`).
    pub fn field<T: FromJson>(&self, name: &str) -> Result<T, JsonError> {
        match self.get(name) {
            Some(value) => T::from_json(value),
            None => T::missing(name),
        }
    }

    /// The field `name`, or `T`'s default when it is missing (serde's `#[serde(default)]`).
    pub fn field_or_default<T: FromJson + Default>(&self, name: &str) -> Result<T, JsonError> {
        match self.get(name) {
            Some(value) => T::from_json(value),
            None => Ok(T::default()),
        }
    }
}

/// Reads a `T` stored as an `S` and checked on the way in (`T: TryFrom<S>`); the check's words are the error.
pub fn read_via<S: FromJson, T: TryFrom<S, Error: fmt::Display>>(value: &Json<'_>) -> Result<T, JsonError> {
    T::try_from(S::from_json(value)?).map_err(|error| JsonError::new(error.to_string()))
}

/// An enum as serde writes it by default: a unit variant as its name, any other as `{"name": content}`.
pub fn tagged<'j, 'a>(value: &'j Json<'a>) -> Result<(&'j str, Option<&'j Json<'a>>), JsonError> {
    match value {
        Json::String(name) => Ok((name, None)),
        Json::Object(fields) if fields.len() == 1 => Ok((&fields[0].0, Some(&fields[0].1))),
        other => Err(JsonError::invalid_type(other, "an enum variant")),
    }
}

/// One of `all`, stored by its `code`.
pub fn read_code<T: Copy>(value: &Json<'_>, all: &[T], code: fn(T) -> &'static str) -> Result<T, JsonError> {
    let Json::String(name) = value else {
        return Err(JsonError::invalid_type(value, "a variant name"));
    };
    code_named(name, all, code)
}

/// The one of `all` whose `code` is `name`.
pub fn code_named<T: Copy>(name: &str, all: &[T], code: fn(T) -> &'static str) -> Result<T, JsonError> {
    all.iter()
        .copied()
        .find(|variant| code(*variant) == name)
        .ok_or_else(|| unknown_variant(name, all.iter().map(|variant| code(*variant))))
}

/// serde's words for a variant that is not one of `expected`.
pub fn unknown_variant<'e>(name: &str, expected: impl IntoIterator<Item = &'e str>) -> JsonError {
    let mut message = format!("unknown variant `{name}`, expected one of ");
    for (at, code) in expected.into_iter().enumerate() {
        let _ = write!(message, "{}`{code}`", if at == 0 { "" } else { ", " });
    }
    JsonError(message)
}

impl FromJson for String {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        match value {
            Json::String(text) => Ok(text.as_ref().to_owned()),
            other => Err(JsonError::invalid_type(other, "a string")),
        }
    }
}

impl FromJson for bool {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        match value {
            Json::Bool(value) => Ok(*value),
            other => Err(JsonError::invalid_type(other, "a boolean")),
        }
    }
}

impl FromJson for u32 {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        match value {
            Json::Number(text) => text
                .parse()
                .map_err(|_| JsonError::new(format!("invalid value: {text}, expected u32"))),
            other => Err(JsonError::invalid_type(other, "u32")),
        }
    }
}

impl FromJson for DateTime<Utc> {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        let expected = "an RFC 3339 date and time";
        match value {
            Json::String(text) => crate::domain::dates::parse_stored(text)
                .ok_or_else(|| JsonError::new(format!("invalid value: string {text:?}, expected {expected}"))),
            other => Err(JsonError::invalid_type(other, expected)),
        }
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        match value {
            Json::Null => Ok(None),
            value => T::from_json(value).map(Some),
        }
    }

    fn missing(_: &str) -> Result<Self, JsonError> {
        Ok(None)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        match value {
            Json::Array(items) => items.iter().map(T::from_json).collect(),
            other => Err(JsonError::invalid_type(other, "a sequence")),
        }
    }
}
