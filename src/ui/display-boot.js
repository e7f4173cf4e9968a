// Applies the learner's theme and sentence size before the first paint: the
// app's module script runs too late to prevent a flash of the wrong theme.
// The same rules as src/ui/display.ts (applyDisplay); a unit test runs both.
(function () {
  var saved = {};
  try {
    saved = JSON.parse(localStorage.getItem('lovi.display') || '{}') || {};
  } catch (e) {
    // Storage off or damaged: the defaults.
  }
  var sizes = [100, 115, 130, 150, 175, 200];
  var theme = saved.theme === 'light' || saved.theme === 'dark' ? saved.theme
    : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  var size = sizes.indexOf(saved.textSize) >= 0 ? saved.textSize : 100;
  var root = document.documentElement;
  root.setAttribute('data-theme', theme);
  root.style.setProperty('--text-scale', String(size / 100));
  var meta = document.querySelector('meta[name="theme-color"]');
  if (meta) meta.setAttribute('content', theme === 'dark' ? '#2b1a19' : '#b3261e');
})();
