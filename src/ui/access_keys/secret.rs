//! The secret of a new or rotated key, from "Create" or "Rotate" to "Proceed": the one-time flow, the
//! credentials on screen and the alert before they go.

mod credentials;
mod gone_alert;
mod one_time;

pub use credentials::CredentialsReveal;
pub use gone_alert::SecretGoneAlert;
pub use one_time::{OneTimeSecret, SecretReveal};
