/** Tests of the site search on a real Jackrabbit with the folding analyzer, and its benchmark. */
package org.civicportal.search;
