/**
 * The standalone site in a real headless Chromium: keyboard-only rating and voting, display
 * preferences, visit counting, and the WCAG 2.1 AA checks, both axe-core's audit and what it cannot
 * see (focus, skip links, reduced motion, contrast preferences).
 *
 * <p>Chromium and chromedriver are Debian's, named explicitly; without them the tests are skipped
 * with the reason, except under {@code CI=true}, where they fail.
 */
package org.civicportal.standalone.browser;
