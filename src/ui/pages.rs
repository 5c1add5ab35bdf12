//! One component per routed page.

mod account_settings;
mod api_authentication;
mod integrations;
mod not_found;

pub use account_settings::AccountSettingsPage;
pub use api_authentication::ApiAuthenticationPage;
pub use integrations::{IntegrationsPage, description as integration_description};
pub use not_found::NotFoundPage;
