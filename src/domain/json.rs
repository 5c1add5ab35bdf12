//! JSON, read and written by hand. Reading: one small parser into a tree that borrows from the text
//! ([`Json`]), and each type reads itself from that tree ([`FromJson`]). Writing: each type writes itself
//! ([`ToJson`]), compactly, byte for byte as serde_json wrote it (a backup's digest is over those bytes;
//! `tests/domain_json_writing.rs` pins them). Both sit beside each type's definition, a few lines each;
//! serde's derives compiled a visitor per type and per reader or writer.
//!
//! What is read is what serde read: any JSON (whitespace, escapes, fields in any order, unknown fields
//! ignored), a missing `Option` field as `None`, and errors in serde's words ("missing field `from`",
//! "unknown variant `teleported`", "… at line 1 column 9").

use std::borrow::Cow;
use std::fmt::{self, Write as _};

use chrono::{DateTime, SecondsFormat, Utc};

/// Nesting deeper than this is refused (as serde_json does), so a hostile file cannot exhaust the stack.
const MAX_DEPTH: u32 = 128;

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

/// Reads one of `variants`, stored by name.
pub fn read_variant<T: Copy>(value: &Json<'_>, variants: &[(&str, T)]) -> Result<T, JsonError> {
    let Json::String(name) = value else {
        return Err(JsonError::invalid_type(value, "a variant name"));
    };
    variant_named(name, variants)
}

/// The one of `variants` called `name`.
pub fn variant_named<T: Copy>(name: &str, variants: &[(&str, T)]) -> Result<T, JsonError> {
    variants
        .iter()
        .find(|(code, _)| *code == name)
        .map(|(_, variant)| *variant)
        .ok_or_else(|| unknown_variant(name, variants.iter().map(|(code, _)| *code)))
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
            Json::String(text) => super::dates::parse_stored(text)
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

/// A type that writes itself as JSON.
pub trait ToJson {
    /// Appends `self` to `out`, compactly.
    fn write_json(&self, out: &mut String);
}

/// `value` as compact JSON.
pub fn to_string<T: ToJson + ?Sized>(value: &T) -> String {
    let mut out = String::new();
    value.write_json(&mut out);
    out
}

/// `value` as indented JSON (two spaces, as serde_json's `to_string_pretty`), for files people read.
pub fn to_pretty_string<T: ToJson + ?Sized>(value: &T) -> String {
    let compact = to_string(value);
    match parse(&compact) {
        Ok(tree) => {
            let mut out = String::new();
            tree.write_pretty(&mut out, 0);
            out
        }
        Err(_) => compact,
    }
}

/// Writes an object: `fields` names each field in turn ([`Object::field`]).
pub fn write_object(out: &mut String, fields: impl FnOnce(&mut Object<'_>)) {
    out.push('{');
    let mut object = Object { out, first: true };
    fields(&mut object);
    object.out.push('}');
}

/// The object being written by [`write_object`].
pub struct Object<'o> {
    out: &'o mut String,
    first: bool,
}

impl Object<'_> {
    /// Writes the field `name`.
    pub fn field(&mut self, name: &str, value: &dyn ToJson) -> &mut Self {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        write_string(self.out, name);
        self.out.push(':');
        value.write_json(self.out);
        self
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out);
    }
}

impl ToJson for str {
    fn write_json(&self, out: &mut String) {
        write_string(out, self);
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut String) {
        write_string(out, self);
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl ToJson for u32 {
    fn write_json(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

/// As chrono's serde writes it: RFC 3339, `Z`, fractions of a second only when there are some.
impl ToJson for DateTime<Utc> {
    fn write_json(&self, out: &mut String) {
        write_string(out, &self.to_rfc3339_opts(SecondsFormat::AutoSi, true));
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(value) => value.write_json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (at, item) in self.iter().enumerate() {
            if at > 0 {
                out.push(',');
            }
            item.write_json(out);
        }
        out.push(']');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
}

/// A field that is left out when written while it holds nothing (`omit` in [`record!`]).
pub trait Omit {
    /// Whether there is nothing to write.
    fn omitted(&self) -> bool;
}

impl<T> Omit for Option<T> {
    fn omitted(&self) -> bool {
        self.is_none()
    }
}

impl<T> Omit for Vec<T> {
    fn omitted(&self) -> bool {
        self.is_empty()
    }
}

/// [`ToJson`] and [`FromJson`] for a struct stored as an object whose fields are named as in Rust, written in
/// the order listed. A field may say how: `default` reads a missing field as the type's default; `omit`
/// leaves it out when written while it holds nothing ([`Omit`]). A missing `Option` field reads as `None`.
///
/// ```ignore
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

/// Parses `text` as one JSON value (whitespace around it allowed, nothing else).
pub fn parse(text: &str) -> Result<Json<'_>, JsonError> {
    let mut parser = Parser { text, at: 0, depth: 0 };
    let value = parser.value()?;
    parser.skip_whitespace();
    if parser.at < text.len() {
        return Err(parser.fail("trailing characters"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    at: usize,
    depth: u32,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    /// `message` and where: "expected value at line 1 column 2", as serde_json says it.
    fn fail(&self, message: &str) -> JsonError {
        let before = &self.text.as_bytes()[..self.at.min(self.text.len())];
        let line = before.iter().filter(|b| **b == b'\n').count() + 1;
        let column = before.iter().rev().take_while(|b| **b != b'\n').count() + 1;
        JsonError(format!("{message} at line {line} column {column}"))
    }

    /// Consumes `byte` (after whitespace) or fails with `message`.
    fn expect(&mut self, byte: u8, message: &str) -> Result<(), JsonError> {
        self.skip_whitespace();
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.fail(message))
        }
    }

    fn value(&mut self) -> Result<Json<'a>, JsonError> {
        self.skip_whitespace();
        let Some(first) = self.peek() else {
            return Err(self.fail("EOF while parsing a value"));
        };
        match first {
            b'{' | b'[' => {
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return Err(self.fail("recursion limit exceeded"));
                }
                self.at += 1;
                let value = if first == b'{' { self.object()? } else { self.array()? };
                self.depth -= 1;
                Ok(value)
            }
            b'"' => self.string().map(Json::String),
            b't' => self.literal("true", Json::Bool(true)),
            b'f' => self.literal("false", Json::Bool(false)),
            b'n' => self.literal("null", Json::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => Err(self.fail("expected value")),
        }
    }

    fn literal(&mut self, word: &str, value: Json<'a>) -> Result<Json<'a>, JsonError> {
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.fail("expected ident"))
        }
    }

    fn object(&mut self) -> Result<Json<'a>, JsonError> {
        let mut fields = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Json::Object(fields));
        }
        loop {
            self.skip_whitespace();
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.fail("EOF while parsing an object")),
                Some(_) => return Err(self.fail("key must be a string")),
            }
            let key = self.string()?;
            self.expect(b':', "expected `:`")?;
            let value = self.value()?;
            fields.push((key, value));
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Json::Object(fields));
                }
                None => return Err(self.fail("EOF while parsing an object")),
                Some(_) => return Err(self.fail("expected `,` or `}`")),
            }
        }
    }

    fn array(&mut self) -> Result<Json<'a>, JsonError> {
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Json::Array(items));
                }
                None => return Err(self.fail("EOF while parsing a list")),
                Some(_) => return Err(self.fail("expected `,` or `]`")),
            }
        }
    }

    fn number(&mut self) -> Result<Json<'a>, JsonError> {
        let start = self.at;
        let bytes = self.text.as_bytes();
        let digits = |at: &mut usize| {
            let from = *at;
            while bytes.get(*at).is_some_and(u8::is_ascii_digit) {
                *at += 1;
            }
            *at - from
        };
        let mut at = self.at;
        if bytes[at] == b'-' {
            at += 1;
        }
        let leading_zero = bytes.get(at) == Some(&b'0');
        let whole = digits(&mut at);
        let mut valid = whole > 0 && !(leading_zero && whole > 1);
        if bytes.get(at) == Some(&b'.') {
            at += 1;
            valid &= digits(&mut at) > 0;
        }
        if matches!(bytes.get(at), Some(b'e' | b'E')) {
            at += 1;
            if matches!(bytes.get(at), Some(b'+' | b'-')) {
                at += 1;
            }
            valid &= digits(&mut at) > 0;
        }
        self.at = at;
        if valid {
            Ok(Json::Number(&self.text[start..at]))
        } else {
            Err(self.fail("invalid number"))
        }
    }

    /// A string, the opening quote next: borrowed when it has no escapes.
    fn string(&mut self) -> Result<Cow<'a, str>, JsonError> {
        self.at += 1;
        let start = self.at;
        let bytes = self.text.as_bytes();
        let mut owned: Option<String> = None;
        let mut run = start;
        loop {
            let Some(&byte) = bytes.get(self.at) else {
                return Err(self.fail("EOF while parsing a string"));
            };
            match byte {
                b'"' => {
                    let tail = &self.text[run..self.at];
                    self.at += 1;
                    return Ok(match owned {
                        None => Cow::Borrowed(tail),
                        Some(mut text) => {
                            text.push_str(tail);
                            Cow::Owned(text)
                        }
                    });
                }
                b'\\' => {
                    let text = owned.get_or_insert_with(String::new);
                    text.push_str(&self.text[run..self.at]);
                    self.at += 1;
                    let escaped = self.escape()?;
                    owned.get_or_insert_with(String::new).push(escaped);
                    run = self.at;
                }
                0..=0x1f => return Err(self.fail("control character (\\u0000-\\u001F) found while parsing a string")),
                _ => self.at += 1,
            }
        }
    }

    /// The character an escape stands for, the backslash behind: moves past the escape.
    fn escape(&mut self) -> Result<char, JsonError> {
        let Some(&byte) = self.text.as_bytes().get(self.at) else {
            return Err(self.fail("EOF while parsing a string"));
        };
        self.at += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let high = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&high) {
                    if !self.text[self.at..].starts_with("\\u") {
                        return Err(self.fail("lone leading surrogate in hex escape"));
                    }
                    self.at += 2;
                    let low = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err(self.fail("lone leading surrogate in hex escape"));
                    }
                    0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    high
                };
                return char::from_u32(code).ok_or_else(|| self.fail("invalid unicode code point"));
            }
            _ => return Err(self.fail("invalid escape")),
        })
    }

    /// Four hex digits of a `\u` escape.
    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        let Some(digits) = digits else {
            return Err(self.fail("invalid escape"));
        };
        self.at += 4;
        Ok(u32::from_str_radix(digits, 16).unwrap_or_default())
    }
}

impl Json<'_> {
    /// The value as compact JSON, its strings escaped as serde_json escapes them.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
            Json::Number(text) => out.push_str(text),
            Json::String(text) => write_string(out, text),
            Json::Array(items) => {
                out.push('[');
                for (at, item) in items.iter().enumerate() {
                    if at > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Object(fields) => {
                out.push('{');
                for (at, (key, value)) in fields.iter().enumerate() {
                    if at > 0 {
                        out.push(',');
                    }
                    write_string(out, key);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

impl Json<'_> {
    fn write_pretty(&self, out: &mut String, depth: usize) {
        let indent = |out: &mut String, depth: usize| {
            out.push('\n');
            for _ in 0..depth {
                out.push_str("  ");
            }
        };
        match self {
            Json::Array(items) if !items.is_empty() => {
                out.push('[');
                for (at, item) in items.iter().enumerate() {
                    if at > 0 {
                        out.push(',');
                    }
                    indent(out, depth + 1);
                    item.write_pretty(out, depth + 1);
                }
                indent(out, depth);
                out.push(']');
            }
            Json::Object(fields) if !fields.is_empty() => {
                out.push('{');
                for (at, (key, value)) in fields.iter().enumerate() {
                    if at > 0 {
                        out.push(',');
                    }
                    indent(out, depth + 1);
                    write_string(out, key);
                    out.push_str(": ");
                    value.write_pretty(out, depth + 1);
                }
                indent(out, depth);
                out.push('}');
            }
            other => other.write(out),
        }
    }
}

fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
