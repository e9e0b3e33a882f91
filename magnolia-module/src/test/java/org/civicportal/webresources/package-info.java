/** Tests of the web resources' versions and images. */
package org.civicportal.webresources;
