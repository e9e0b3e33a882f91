/**
 * The module's static web resources as the classpath holds them ({@code
 * civic-portal/webresources/...}, served at {@code /.resources/...} by Magnolia and the standalone
 * alike): their versions for long-cached URLs, and the size and smaller versions of the images
 * among them.
 */
package org.civicportal.webresources;
