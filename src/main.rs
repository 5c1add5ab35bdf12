//! The thin binary: mount the app. Everything else lives in the library.

fn main() {
    api_auth::ui::mount();
}
