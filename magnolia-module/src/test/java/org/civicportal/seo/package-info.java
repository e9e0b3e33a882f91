/** Tests of the structured data and feed writers. */
package org.civicportal.seo;
