//! Which characters may stand in what people type (names, descriptions): the ones that hide text or
//! reverse its direction are refused, except a joiner inside an emoji sequence, and are named when refused;
//! and texts compared regardless of case (`caseless`).

mod caseless;
pub use caseless::caseless;

/// Where the first character that hides text or reverses its direction stands in `name` (a byte offset),
/// if any. A zero-width joiner inside an emoji sequence ("👩‍💻") is part of the emoji, not hidden text:
/// it is allowed between two pictographs (a pictograph may carry a variation selector or a skin tone).
pub fn invisible_in_name(name: &str) -> Option<usize> {
    let chars: Vec<(usize, char)> = name.char_indices().collect();
    chars.iter().enumerate().find_map(|(i, &(at, c))| {
        if !is_invisible(c) {
            return None;
        }
        let joins_emoji = c == '\u{200D}'
            && i > 0
            && is_pictographic(chars[i - 1].1)
            && chars.get(i + 1).is_some_and(|&(_, next)| is_pictographic(next));
        (!joins_emoji).then_some(at)
    })
}

/// Pictographs and what attaches to them in an emoji sequence (variation selectors, skin tones).
fn is_pictographic(c: char) -> bool {
    matches!(c, '\u{2190}'..='\u{2BFF}' | '\u{1F000}'..='\u{1FAFF}' | '\u{FE0E}' | '\u{FE0F}' | '\u{20E3}')
}

/// Format characters that hide text or reverse its direction (zero-width, bidi controls, BOM…).
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}
