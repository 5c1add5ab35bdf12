//! The frame around every page: header, profile menu, settings navigation, storage notice.

mod data_banners;
mod header;
mod profile_menu;
mod settings_layout;
mod storage_notice;
mod theme_switch;
mod update_notice;

pub use data_banners::DataBanners;
pub use header::Header;
pub use profile_menu::ProfileMenu;
pub use settings_layout::SettingsLayout;
pub use storage_notice::StorageNotice;
pub use theme_switch::ThemeSwitch;
pub use update_notice::UpdateNotice;
