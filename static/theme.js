// Applies the theme pinned with the header's switch before the first paint, so the other theme never
// flashes. The switch (src/browser/theme.rs) writes the same key; without it the page follows the system.
try {
  const theme = JSON.parse(localStorage.getItem('flowdeck.theme'));
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage blocked or unreadable: follow the system setting.
}
