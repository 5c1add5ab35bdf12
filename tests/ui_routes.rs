//! Native tests of which page each address shows, and where the ways in lead.
#![cfg(not(target_arch = "wasm32"))]

use api_auth::ui::router::{API_AUTHENTICATION_PATH, Route};

#[test]
fn every_address_names_its_page_and_the_ways_in_lead_to_api_authentication() {
    for (path, route, redirect) in [
        ("/", Route::ApiAuthentication, Some(API_AUTHENTICATION_PATH)),
        ("", Route::ApiAuthentication, Some(API_AUTHENTICATION_PATH)),
        ("/settings", Route::ApiAuthentication, Some(API_AUTHENTICATION_PATH)),
        ("/settings/", Route::ApiAuthentication, Some(API_AUTHENTICATION_PATH)),
        ("/settings/api-authentication", Route::ApiAuthentication, None),
        ("/settings/api-authentication/", Route::ApiAuthentication, None),
        ("/integrations", Route::Integrations, None),
        ("/account-settings", Route::AccountSettings, None),
        ("/account-settings/", Route::AccountSettings, None),
        ("/settings/api-authentication/extra", Route::NotFound, None),
        ("/Integrations", Route::NotFound, None),
        ("/nope", Route::NotFound, None),
    ] {
        assert_eq!(Route::of(path), (route, redirect), "{path:?}");
    }
}
