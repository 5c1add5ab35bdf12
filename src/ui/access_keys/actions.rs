//! What a key's "More options" offers, in order, and each item's text.

use crate::i18n::{Msg, m::access_keys as m};

/// What a row's "More options" offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAction {
    /// "Rename" (name and description).
    Rename,
    /// "Edit permissions" (what the key may do, and from where).
    EditPermissions,
    /// "View permissions" (a system-generated key's, set by its integration).
    ViewPermissions,
    /// "Create similar": the create dialog filled in from the key.
    CreateSimilar,
    /// "Rotate secret".
    RotateSecret,
    /// "Revoke old secret now" (while an old secret is in its grace period).
    RevokeOldSecret,
    /// "Disable" (an enabled key).
    Disable,
    /// "Enable" (a disabled key).
    Enable,
    /// "Activity": the key's activity log.
    Activity,
    /// "Add to calendar": the key's expiry as a calendar file with the account's reminders.
    AddToCalendar,
    /// "Delete".
    Delete,
}

impl KeyAction {
    /// The items of the menu of a key that is `disabled` or not, `system`-generated or not, `expires`
    /// or not, and has an old secret `in_grace` or not, in order. A system-generated key's permissions are its integration's, and it is not copied.
    pub fn menu(disabled: bool, system: bool, expires: bool, in_grace: bool) -> Vec<KeyAction> {
        let toggle = if disabled {
            KeyAction::Enable
        } else {
            KeyAction::Disable
        };
        let mut items = vec![KeyAction::Rename];
        if system {
            items.push(KeyAction::ViewPermissions);
        } else {
            items.extend([KeyAction::EditPermissions, KeyAction::CreateSimilar]);
        }
        items.push(KeyAction::RotateSecret);
        if in_grace {
            items.push(KeyAction::RevokeOldSecret);
        }
        items.extend([toggle, KeyAction::Activity]);
        if expires {
            items.push(KeyAction::AddToCalendar);
        }
        items.push(KeyAction::Delete);
        items
    }

    /// The item's text.
    pub fn label(self) -> Msg<0> {
        match self {
            KeyAction::Rename => m::RENAME,
            KeyAction::EditPermissions => m::EDIT_PERMISSIONS,
            KeyAction::ViewPermissions => m::VIEW_PERMISSIONS,
            KeyAction::CreateSimilar => m::CREATE_SIMILAR,
            KeyAction::RotateSecret => m::ROTATE_SECRET,
            KeyAction::RevokeOldSecret => m::REVOKE_OLD_SECRET_NOW,
            KeyAction::Disable => m::DISABLE,
            KeyAction::Enable => m::ENABLE,
            KeyAction::Activity => m::ACTIVITY,
            KeyAction::AddToCalendar => m::ADD_TO_CALENDAR,
            KeyAction::Delete => m::DELETE,
        }
    }
}
