//! What a restore would do, and what it did, in words: the domain plans it in numbers and names.

use crate::domain::backup::RestorePreview;
use crate::i18n::{list, m::settings as m, t, tf, tn};

/// Names in a sentence, each quoted: the first ten, then "and 4 more".
fn names_of(names: &[String]) -> String {
    const SHOWN: usize = 10;
    let mut said: Vec<String> = names.iter().take(SHOWN).map(|name| tf(m::QUOTED, [name])).collect();
    let more = names.len().saturating_sub(SHOWN);
    if more > 0 {
        said.push(tn(m::AND_MORE, more, []));
    }
    list(&said)
}

/// The preview: one line per kind of change, with counts and names.
pub fn preview_lines(preview: &RestorePreview) -> Vec<String> {
    let (this_name, this_id) = &preview.this_account;
    let (their_name, their_id) = &preview.backup_account;
    let mut lines = Vec::new();
    if !preview.same_account {
        lines.push(tf(m::OTHER_ACCOUNT, [their_name, their_id, this_name, this_id]));
        if !preview.added.is_empty() {
            lines.push(tn(m::KEYS_RESTORED, preview.added.len(), [&names_of(&preview.added)]));
        }
        return lines;
    }
    lines.push(tf(m::SAME_ACCOUNT, [this_name, this_id]));
    if preview.added.is_empty() {
        lines.push(t(m::NO_KEY_ADDED).to_owned());
    } else {
        lines.push(tn(m::KEYS_ADDED, preview.added.len(), [&names_of(&preview.added)]));
    }
    if !preview.updated.is_empty() {
        lines.push(tn(
            m::KEYS_UPDATED,
            preview.updated.len(),
            [&names_of(&preview.updated)],
        ));
    }
    if !preview.kept.is_empty() {
        lines.push(tn(m::KEYS_KEPT, preview.kept.len(), []));
    }
    if !preview.staying_deleted.is_empty() {
        lines.push(tn(
            m::STAYING_DELETED,
            preview.staying_deleted.len(),
            [&names_of(&preview.staying_deleted)],
        ));
    }
    lines
}

/// What the toast says once the restore is done.
pub fn restored(preview: &RestorePreview) -> String {
    let added = tn(m::KEYS_COUNT, preview.added.len(), []);
    if preview.same_account {
        tn(m::RESTORED_MERGED, preview.updated.len(), [&added])
    } else {
        tf(m::RESTORED_REPLACED, [&preview.backup_account.0, &added])
    }
}
