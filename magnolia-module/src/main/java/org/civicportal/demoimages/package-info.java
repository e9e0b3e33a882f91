/**
 * The demo content's pictures, drawn by the project itself from shapes (no photographs, nothing
 * downloaded): run at build time (exec-maven-plugin, process-classes) into the module's web
 * resources, {@code civic-portal/webresources/img/demo/}, where the sample items' {@code image}
 * property points.
 */
package org.civicportal.demoimages;
