//! CLDR plural rules for whole numbers, for the languages the page speaks (`source::LANGUAGES` lists each
//! one's categories; a browser test checks these rules against `Intl.PluralRules`).

/// The index of "other" in [`super::source::CATEGORIES`].
pub const OTHER: usize = 5;

/// The index in [`super::source::CATEGORIES`] of the plural category of `n` in the language `code`.
pub fn category(code: &str, n: u64) -> usize {
    const ZERO: usize = 0;
    const ONE: usize = 1;
    const TWO: usize = 2;
    const FEW: usize = 3;
    const MANY: usize = 4;
    match code {
        "ja" => OTHER,
        "ar" => match (n, n % 100) {
            (0, _) => ZERO,
            (1, _) => ONE,
            (2, _) => TWO,
            (_, 3..=10) => FEW,
            (_, 11..=99) => MANY,
            _ => OTHER,
        },
        "es" => match n {
            1 => ONE,
            n if n != 0 && n % 1_000_000 == 0 => MANY,
            _ => OTHER,
        },
        // English, German and the pseudo-locale.
        _ if n == 1 => ONE,
        _ => OTHER,
    }
}
