/**
 * Tests of editorial content: reads and listings over a real Jackrabbit, the rich-text allow-list
 * against known XSS vectors, and the module's sample content, both as files and imported.
 */
package org.civicportal.content;
