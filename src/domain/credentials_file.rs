//! The credentials a user downloads or pastes: CSV (RFC 4180), JSON, `.env`, and a `curl` example.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::access_key::AccessKeyId;
use super::secret::AccessKeySecret;

/// A file format offered by "Download credentials".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CredentialsFormat {
    /// Comma-separated values with a header row (the default).
    Csv,
    /// A JSON object.
    Json,
    /// `KEY=value` lines for a `.env` file.
    Env,
}

impl CredentialsFormat {
    /// Every format, default first.
    pub const ALL: [CredentialsFormat; 3] = [CredentialsFormat::Csv, CredentialsFormat::Json, CredentialsFormat::Env];

    /// What the user reads.
    pub fn label(self) -> &'static str {
        match self {
            CredentialsFormat::Csv => "CSV",
            CredentialsFormat::Json => "JSON",
            CredentialsFormat::Env => ".env",
        }
    }

    /// A stable code for form values.
    pub fn code(self) -> &'static str {
        match self {
            CredentialsFormat::Csv => "csv",
            CredentialsFormat::Json => "json",
            CredentialsFormat::Env => "env",
        }
    }

    /// The format a [`CredentialsFormat::code`] stands for.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|format| format.code() == code)
    }

    /// The file's media type.
    pub fn media_type(self) -> &'static str {
        match self {
            CredentialsFormat::Csv => "text/csv",
            CredentialsFormat::Json => "application/json",
            CredentialsFormat::Env => "text/plain",
        }
    }
}

/// What goes into a credentials file.
#[derive(Debug, Clone, Copy)]
pub struct Credentials<'a> {
    /// The key's name.
    pub name: &'a str,
    /// The key's ID.
    pub id: &'a AccessKeyId,
    /// The plaintext secret.
    pub secret: &'a AccessKeySecret,
    /// When the key expires (`None`: never).
    pub expires_at: Option<DateTime<Utc>>,
    /// What the key is for (empty: nothing said).
    pub description: &'a str,
}

#[derive(Serialize)]
struct JsonCredentials<'a> {
    name: &'a str,
    access_key_id: &'a str,
    access_key_secret: &'a str,
    expires_at: Option<String>,
    description: &'a str,
}

impl Credentials<'_> {
    fn expires_text(&self) -> Option<String> {
        self.expires_at.map(super::dates::iso_date_time)
    }

    /// The file's text in `format`.
    pub fn render(&self, format: CredentialsFormat) -> String {
        let expires = self.expires_text();
        match format {
            CredentialsFormat::Csv => {
                let row = [
                    self.name,
                    self.id.as_str(),
                    self.secret.reveal(),
                    expires.as_deref().unwrap_or(""),
                    self.description,
                ];
                let row: Vec<String> = row.iter().map(|field| csv_field(field)).collect();
                format!(
                    "Name,Access key ID,Access key secret,Expires at,Description\r\n{}\r\n",
                    row.join(",")
                )
            }
            CredentialsFormat::Json => {
                let json = JsonCredentials {
                    name: self.name,
                    access_key_id: self.id.as_str(),
                    access_key_secret: self.secret.reveal(),
                    expires_at: expires,
                    description: self.description,
                };
                let mut text = serde_json::to_string_pretty(&json).unwrap_or_default();
                text.push('\n');
                text
            }
            CredentialsFormat::Env => {
                // The name and description as comments: a `.env` file has no other place for them.
                let mut text = format!("# {}\n", one_line(self.name));
                for line in self.description.lines().map(one_line) {
                    text.push_str(if line.is_empty() { "#" } else { "# " });
                    text.push_str(&line);
                    text.push('\n');
                }
                text.push_str(&format!(
                    "ACCESS_KEY_ID={}\nACCESS_KEY_SECRET={}\n",
                    self.id.as_str(),
                    self.secret.reveal()
                ));
                text
            }
        }
    }

    /// The file name: `<name-slug>-access-key.<ext>`.
    pub fn file_name(&self, format: CredentialsFormat) -> String {
        let extension = match format {
            CredentialsFormat::Csv => "csv",
            CredentialsFormat::Json => "json",
            CredentialsFormat::Env => "env",
        };
        format!("{}-access-key.{extension}", slug(self.name))
    }
}

/// `text` with any line break or carriage return as a space, so it stays within one comment line.
fn one_line(text: &str) -> String {
    text.replace(['\r', '\n'], " ").trim_end().to_owned()
}

/// One CSV field per RFC 4180: quoted when it holds a comma, a quote, a line break or edge spaces, with
/// quotes doubled.
pub fn csv_field(field: &str) -> String {
    let needs_quotes = field.contains([',', '"', '\r', '\n']) || field.starts_with(' ') || field.ends_with(' ');
    if needs_quotes {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

/// A file-name-safe form of `name`: lowercase ASCII letters and digits joined by single hyphens.
pub fn slug(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "unnamed".to_owned()
    } else {
        slug.to_owned()
    }
}

/// A ready-to-paste `curl` call authenticating with the pair against the account's API.
pub fn curl_example(account_domain: &str, account_id: &str, id: &AccessKeyId, secret: &AccessKeySecret) -> String {
    format!(
        "curl https://{account_domain}/user/2/{account_id}/me \\\n  -H \"X-Access-Key-Id: {}\" \\\n  -H \"X-Access-Key-Secret: {}\"",
        id.as_str(),
        secret.reveal()
    )
}
