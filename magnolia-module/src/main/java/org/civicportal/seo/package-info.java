/**
 * What search engines and share previews read: schema.org structured data of an item, the RSS feeds
 * and the sitemap, each built from the content services with absolute URLs on the site's configured
 * base URL.
 */
package org.civicportal.seo;
