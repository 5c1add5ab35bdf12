//! Case-insensitive comparison: `caseless(a) == caseless(b)` when two texts differ only in case.

/// Characters `first`, `first + step`, … `last` lowercase to themselves plus `delta`.
struct Run {
    first: u32,
    last: u32,
    step: u32,
    delta: i32,
}

// `RUNS`, in order, written by the build from the compiler's own `char::to_lowercase` (build.rs): the
// same Unicode version as `str::to_lowercase`, without core's 11 KB table of pairs and the tables its
// final-sigma rule reads (7 KB of the gzip download between them).
include!(concat!(env!("OUT_DIR"), "/lowercase.rs"));

/// The text in lowercase, for comparing, sorting and searching regardless of case: what
/// `str::to_lowercase` gives, except that Greek sigma is always σ, a final ς too (as Unicode's case
/// folding has it), so "ΟΔΟΣ", "οδος" and "οδοσ" are the same name.
pub fn caseless(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{130}' => out.push_str("i\u{307}"),
            'ς' => out.push('σ'),
            _ => out.push(lower(c)),
        }
    }
    out
}

fn lower(c: char) -> char {
    let code = u32::from(c);
    let at = RUNS.partition_point(|run| run.last < code);
    match RUNS.get(at) {
        Some(run) if run.first <= code && (code - run.first) % run.step == 0 => {
            char::from_u32(code.wrapping_add_signed(run.delta)).unwrap_or(c)
        }
        _ => c,
    }
}
