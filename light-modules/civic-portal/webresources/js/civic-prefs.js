/*
 * civic-portal: applies the visitor's remembered font size and contrast to <html> before the first paint.
 * Loaded synchronously in <head> (tiny on purpose); civic-portal.js changes and stores the preferences.
 * Also swaps civic-no-js for civic-js, so controls that need JavaScript show only when it runs.
 */
(function (root) {
  var font = null;
  var contrast = null;
  try {
    font = window.localStorage.getItem('civic.font');
    contrast = window.localStorage.getItem('civic.contrast');
  } catch (e) {
    // Storage can be disabled (privacy settings): the page keeps its defaults.
  }
  var classes = (' ' + root.className + ' ').replace(' civic-no-js ', ' ') + 'civic-js';
  if (font === 'small' || font === 'large') {
    classes += ' civic-font-' + font;
  }
  if (contrast === 'high') {
    classes += ' civic-contrast';
  }
  root.className = classes.replace(/^\s+/, '');
}(document.documentElement));
