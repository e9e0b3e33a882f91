/*
 * civic-portal: applies the visitor's remembered font size and contrast to <html> before the first paint.
 * Loaded synchronously in <head> (tiny on purpose); civic-portal.js changes and stores the preferences and calls
 * window.civicApplyPrefs again when they change elsewhere (another tab, the system's contrast setting).
 * High contrast is on when the visitor chose it, or when the system asks for more contrast and the visitor has
 * not chosen the normal theme. Also swaps civic-no-js for civic-js, so controls that need JavaScript show only
 * when it runs.
 */
(function (root) {
  function stored(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (e) {
      // Storage can be disabled (privacy settings): the page keeps its defaults.
      return null;
    }
  }

  function systemWantsMoreContrast() {
    return !!(window.matchMedia && window.matchMedia('(prefers-contrast: more)').matches);
  }

  window.civicApplyPrefs = function () {
    var font = stored('civic.font');
    var contrast = stored('civic.contrast');
    root.classList.remove('civic-no-js');
    root.classList.add('civic-js');
    root.classList.toggle('civic-font-small', font === 'small');
    root.classList.toggle('civic-font-large', font === 'large');
    root.classList.toggle('civic-contrast', contrast === 'high' || (contrast !== 'normal' && systemWantsMoreContrast()));
  };
  window.civicApplyPrefs();
}(document.documentElement));
