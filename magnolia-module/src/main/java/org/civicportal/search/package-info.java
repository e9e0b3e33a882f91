/**
 * The site search over articles and reports: Jackrabbit's full-text index with a diacritic-folding
 * analyzer, a query read from the search page's parameters, ranked hits with the searched words
 * marked in an excerpt.
 */
package org.civicportal.search;
