/**
 * Checks of the repository's Markdown documentation (README files, {@code docs/}): every relative
 * link and anchor leads somewhere, and every document can be reached from the top-level README.
 */
package org.civicportal.docs;
