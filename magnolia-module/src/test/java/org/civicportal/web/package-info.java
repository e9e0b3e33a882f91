/**
 * Tests of the HTTP layer: the public API on a real Tomcat over a real Jackrabbit, each refusal
 * checked to change nothing; the request guards and body parsing on their own; and the servlets
 * under both Tomcat's mapping and Magnolia's servlet dispatch, which is imitated here as Magnolia
 * 6.2.45 does it.
 */
package org.civicportal.web;
