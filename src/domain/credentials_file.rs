//! The credentials a user downloads or pastes: CSV (RFC 4180), JSON, `.env`, and a `curl` example. Each
//! file carries what a program needs to call the API (the account ID and the API's base address beside the
//! pair and its expiry), and each is inert where it lands: no CSV field starts a spreadsheet formula, and
//! `.env` values are single-quoted, which dotenv readers and shells take literally.

use chrono::{DateTime, Utc};

use super::access_key::AccessKeyId;
use super::json::{self, ToJson};
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
    /// The account the key belongs to.
    pub account_id: &'a str,
    /// Where the account's API is (see [`api_base_url`]).
    pub api_base_url: &'a str,
}

struct JsonCredentials<'a> {
    name: &'a str,
    access_key_id: &'a str,
    access_key_secret: &'a str,
    expires_at: Option<String>,
    description: &'a str,
    account_id: &'a str,
    api_base_url: &'a str,
}

impl ToJson for JsonCredentials<'_> {
    fn write_json(&self, out: &mut String) {
        json::write_object(out, |object| {
            object.field("name", &self.name);
            object.field("access_key_id", &self.access_key_id);
            object.field("access_key_secret", &self.access_key_secret);
            object.field("expires_at", &self.expires_at);
            object.field("description", &self.description);
            object.field("account_id", &self.account_id);
            object.field("api_base_url", &self.api_base_url);
        });
    }
}

/// The prefix of every variable in a `.env` file, so that the file can sit beside other services' keys.
pub const ENV_PREFIX: &str = "FLOWDECK_";

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
                    self.account_id,
                    self.api_base_url,
                ];
                let row: Vec<String> = row.iter().map(|field| csv_field(field)).collect();
                format!(
                    "Name,Access key ID,Access key secret,Expires at,Description,Account ID,API base URL\r\n{}\r\n",
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
                    account_id: self.account_id,
                    api_base_url: self.api_base_url,
                };
                let mut text = json::to_pretty_string(&json);
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
                if expires.is_none() {
                    text.push_str("# This access key never expires.\n");
                }
                let variables = [
                    ("ACCOUNT_ID", Some(self.account_id)),
                    ("API_BASE_URL", Some(self.api_base_url)),
                    ("ACCESS_KEY_ID", Some(self.id.as_str())),
                    ("ACCESS_KEY_SECRET", Some(self.secret.reveal())),
                    ("ACCESS_KEY_EXPIRES_AT", expires.as_deref()),
                ];
                for (name, value) in variables {
                    if let Some(value) = value {
                        text.push_str(&format!("{ENV_PREFIX}{name}={}\n", env_value(value)));
                    }
                }
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

/// A `.env` value in single quotes, which dotenv readers and shells read literally (no `$` expansion, no
/// escapes). The values written here (IDs, a secret, an address, a date) hold no quote or line break; any
/// that did is left out rather than end the quoting.
fn env_value(value: &str) -> String {
    let literal: String = value.chars().filter(|c| !matches!(c, '\'' | '\r' | '\n')).collect();
    format!("'{literal}'")
}

/// The characters that make a spreadsheet read a cell as a formula (OWASP, "CSV injection").
pub const FORMULA_TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One CSV field per RFC 4180: quoted when it holds a comma, a quote, a line break or edge spaces, with
/// quotes doubled. A field that would start with a formula trigger ([`FORMULA_TRIGGERS`]) gets a leading
/// `'`, as OWASP advises, so a spreadsheet shows it as text instead of running it.
pub fn csv_field(field: &str) -> String {
    let inert = if field.starts_with(FORMULA_TRIGGERS) {
        format!("'{field}")
    } else {
        field.to_owned()
    };
    let needs_quotes = inert.contains([',', '"', '\r', '\n']) || inert.starts_with(' ') || inert.ends_with(' ');
    if needs_quotes {
        format!("\"{}\"", inert.replace('"', "\"\""))
    } else {
        inert
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

/// The base address of the account's API: `https://<account domain>/user/2/<account ID>`.
pub fn api_base_url(account_domain: &str, account_id: &str) -> String {
    format!("https://{account_domain}/user/2/{account_id}")
}

/// A ready-to-paste `curl` call authenticating with the pair against the account's API.
pub fn curl_example(account_domain: &str, account_id: &str, id: &AccessKeyId, secret: &AccessKeySecret) -> String {
    format!(
        "curl {}/me \\\n  -H \"X-Access-Key-Id: {}\" \\\n  -H \"X-Access-Key-Secret: {}\"",
        api_base_url(account_domain, account_id),
        id.as_str(),
        secret.reveal()
    )
}
