/**
 * Tests of ratings on a real Jackrabbit, concurrent voters included, of the statistics' rankings,
 * and of the rating widget's markup.
 */
package org.civicportal.rating;
