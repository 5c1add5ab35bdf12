//! The page in its user's language: typed messages, one catalog per language, CLDR plural rules.
//!
//! Every slice keeps its words in `src/ui/<slice>/locales/<lang>.txt` (the format: [`source`]). `build.rs`
//! turns them into one constant per message — `m::access_keys::CREATE_ACCESS_KEY` is a [`Msg<0>`], a
//! message with two placeholders a `Msg<2>`, one chosen by a count a [`Plural`] — so a key that does not
//! exist, or the wrong number of arguments, does not compile. English is compiled in; another language is
//! one file fetched when it is chosen ([`Catalog::read`]).
//!
//! [`t`] and its siblings read the current language reactively: text drawn through them changes when the
//! language does, without a reload and without closing a dialog. A part of the page that is drawn and
//! dropped as the user works (a row, a log entry, a toast, an open menu, a page) calls [`scope`] first: its
//! texts then follow the language through a trigger of its own that goes when it goes. (reactive_graph
//! 0.2 does not take a dropped text out of the subscriber list of what it read, so every text ever drawn
//! from the page's own language signal would stay in it: about 100 bytes each.) This module names no browser
//! API; the browser's part (which language, fetching the file, `Intl`) is `browser::language`.

pub mod plural;
pub mod source;

use std::cell::Cell;

use leptos::prelude::{ArcRwSignal, ArcTrigger, GetUntracked, Set, Track, on_cleanup, provide_context, use_context};

use crate::follow::Followers;

/// The generated messages: `m::<slice>::<KEY>`, the English catalog and the other catalogs' file names.
#[allow(missing_docs)]
pub mod m {
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}

/// A language the page speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Locale {
    /// English, the source language.
    En,
    /// Spanish.
    Es,
    /// German.
    De,
    /// Arabic (right to left).
    Ar,
    /// Japanese.
    Ja,
    /// The pseudo-locale of the tests: English accented, longer, bracketed. Never offered.
    Pseudo,
}

impl Locale {
    /// The languages offered, in the order the Language menu lists them.
    pub const OFFERED: [Locale; 5] = [Locale::En, Locale::Es, Locale::De, Locale::Ar, Locale::Ja];

    /// The BCP 47 code, for `<html lang>` and `Intl`.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
            Locale::De => "de",
            Locale::Ar => "ar",
            Locale::Ja => "ja",
            Locale::Pseudo => "en-XA",
        }
    }

    /// The language's name in itself, as the Language menu lists it.
    pub fn own_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Es => "Español",
            Locale::De => "Deutsch",
            Locale::Ar => "العربية",
            Locale::Ja => "日本語",
            Locale::Pseudo => "Pseudo",
        }
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        self == Locale::Ar
    }

    /// The language of a code (`"es"`, `"en-XA"`); `None` for one the page does not speak.
    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::OFFERED
            .into_iter()
            .chain([Locale::Pseudo])
            .find(|locale| locale.code() == code)
    }

    /// The best of the offered languages for a list of preferred language tags (`navigator.languages`):
    /// the first whose primary language the page speaks; English otherwise.
    pub fn best_match<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        preferred
            .into_iter()
            .find_map(|tag| {
                let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
                Locale::OFFERED.into_iter().find(|locale| locale.code() == primary)
            })
            .unwrap_or(Locale::En)
    }

    /// The name of this language's catalog file (`None` for English, which is compiled in).
    pub fn file(self) -> Option<&'static str> {
        m::FILES
            .iter()
            .find(|(code, _)| *code == self.code())
            .map(|(_, path)| *path)
    }
}

/// A message with `A` placeholders (see [`m`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Msg<const A: usize>(u16);

impl<const A: usize> Msg<A> {
    /// The message whose text is in slot `at` of a catalog.
    pub const fn at(at: u16) -> Self {
        Self(at)
    }
}

/// A message chosen by a count (`{count}`), with `A` other placeholders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural<const A: usize>(u16);

impl<const A: usize> Plural<A> {
    /// The message whose six forms start at slot `at` of a catalog.
    pub const fn at(at: u16) -> Self {
        Self(at)
    }
}

/// A language's texts, slot by slot: one text with a line per slot, and where each line ends.
#[derive(Clone, Copy, Debug)]
pub struct Catalog {
    text: &'static str,
    ends: &'static [u32],
}

impl Catalog {
    /// English, compiled in (its line ends are found once per page).
    pub fn english() -> Self {
        thread_local! {
            static ENGLISH: Catalog = Catalog::lines(m::ENGLISH);
        }
        ENGLISH.with(|english| *english)
    }

    /// The catalog whose slots are the lines of `text`.
    fn lines(text: &'static str) -> Self {
        let ends: Vec<u32> = text.match_indices('\n').map(|(at, _)| at as u32).collect();
        Catalog {
            text,
            ends: Box::leak(ends.into_boxed_slice()),
        }
    }

    /// Reads a catalog file of `locale`; refuses one that is not of this build's messages.
    /// The text is kept for the page's life (a language is read once; see `browser::language`).
    pub fn read(locale: Locale, text: String) -> Result<Catalog, CatalogError> {
        let (header, body) = text.split_once('\n').ok_or(CatalogError::NotACatalog)?;
        let mut words = header.split(' ');
        if words.next() != Some("flowdeck-i18n") {
            return Err(CatalogError::NotACatalog);
        }
        if words.next() != Some(locale.code()) {
            return Err(CatalogError::OtherLanguage);
        }
        if words.next() != Some(m::KEYS) || body.matches('\n').count() != m::SLOTS || !body.ends_with('\n') {
            return Err(CatalogError::OtherBuild);
        }
        Ok(Catalog::lines(Box::leak(body.to_string().into_boxed_str())))
    }

    /// The text of slot `at`.
    fn slot(self, at: u16) -> &'static str {
        let at = usize::from(at);
        let start = at
            .checked_sub(1)
            .and_then(|before| self.ends.get(before))
            .map_or(0, |end| *end as usize + 1);
        self.ends
            .get(at)
            .and_then(|end| self.text.get(start..*end as usize))
            .unwrap_or_default()
    }
}

/// Why a catalog file was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CatalogError {
    /// Not a catalog at all.
    NotACatalog,
    /// A catalog of another language than asked for.
    OtherLanguage,
    /// A catalog of another build's messages.
    OtherBuild,
}

thread_local! {
    static LOCALE: ArcRwSignal<Locale> = ArcRwSignal::new(Locale::En);
    static CATALOG: Cell<Option<Catalog>> = const { Cell::new(None) };
    /// The trigger of every part of the page drawn now under its own [`scope`].
    static SCOPES: Followers = const { Followers::new() };
}

/// The language trigger of a part of the page (see [`scope`]).
#[derive(Clone)]
struct Scope(ArcTrigger);

/// Makes what is drawn from here on, in the current owner (a row, an entry, an open menu), follow the
/// language through its own trigger, which is forgotten when the owner is cleaned up.
pub fn scope() {
    let (id, trigger) = SCOPES.with(Followers::join);
    on_cleanup(move || SCOPES.with(|scopes| scopes.forget(id)));
    provide_context(Scope(trigger));
}

/// How many parts of the page follow the language through a [`scope`] of their own now.
pub fn scopes() -> usize {
    SCOPES.with(Followers::len)
}

/// Tracks the language: through the nearest [`scope`], else the page's.
fn track() {
    match use_context::<Scope>() {
        Some(Scope(trigger)) => trigger.track(),
        None => LOCALE.with(Track::track),
    }
}

/// The current language (reactive).
pub fn locale() -> Locale {
    track();
    LOCALE.with(GetUntracked::get_untracked)
}

/// Makes `locale`, whose texts are `catalog`, the page's language: every text drawn through this module
/// follows.
pub fn set_locale(locale: Locale, catalog: Catalog) {
    CATALOG.with(|current| current.set(Some(catalog)));
    LOCALE.with(|current| current.set(locale));
    SCOPES.with(Followers::notify);
}

fn current(at: u16) -> &'static str {
    track();
    CATALOG.with(|catalog| catalog.get().unwrap_or_else(Catalog::english).slot(at))
}

/// The text of a message without placeholders, in the current language.
pub fn t(message: Msg<0>) -> &'static str {
    current(message.0)
}

/// Text that follows the language, for a view or an attribute: `{tx(m::shell::PROFILE)}`.
/// One closure type for every message, so a thousand texts cost one copy of its code.
pub fn tx(message: Msg<0>) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || t(message)
}

/// The text of a message with its placeholders filled, in the order the message's documentation names.
pub fn tf<const A: usize>(message: Msg<A>, arguments: [&str; A]) -> String {
    fill(current(message.0), &arguments, None)
}

/// The text of a message chosen by `count` (CLDR plural rules of the current language), its `{count}`
/// written as the language writes numbers.
pub fn tn<const A: usize>(message: Plural<A>, count: usize, arguments: [&str; A]) -> String {
    let language = locale();
    let category = plural::category(language.code(), count as u64);
    let mut text = current(message.0 + category as u16);
    if text.is_empty() {
        text = current(message.0 + plural::OTHER as u16);
    }
    fill(text, &arguments, Some(&number(count)))
}

/// `count` as the current language writes it ("1,234", "1.234", "١٬٢٣٤").
pub fn number(count: usize) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        crate::browser::format::number(count)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        crate::domain::key_list::thousands(count)
    }
}

/// `items` as the current language lists them ("A, B, and C", "A، وB وC", "A、B、C").
pub fn list(items: &[String]) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        crate::browser::format::list(items)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        // As `Intl.ListFormat` writes English, for the native tests.
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [a, b] => format!("{a} and {b}"),
            [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
        }
    }
}

/// `text` with `{0}`, `{1}`… replaced by `arguments` and `{#}` by `count`.
fn fill(text: &str, arguments: &[&str], count: Option<&str>) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            break;
        };
        let name = &after[..close];
        let value = match name {
            "#" => count,
            index => index.parse::<usize>().ok().and_then(|i| arguments.get(i).copied()),
        };
        out.push_str(value.unwrap_or_default());
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}
