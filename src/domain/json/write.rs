//! Writing: [`ToJson`], objects field by field, the writers of the standard types, and a tree's text
//! (compact, or indented as serde_json's `to_string_pretty`), strings escaped as serde_json escapes them.

use std::fmt::Write as _;

use chrono::{DateTime, SecondsFormat, Utc};

use super::{Json, parse};

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

impl ToJson for Json<'_> {
    fn write_json(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(value) => value.write_json(out),
            Json::Number(text) => out.push_str(text),
            Json::String(text) => write_string(out, text),
            Json::Array(items) => items.write_json(out),
            Json::Object(fields) => write_object(out, |object| {
                for (key, value) in fields {
                    object.field(key, value);
                }
            }),
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
            other => other.write_json(out),
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
