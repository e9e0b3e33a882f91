package org.civicportal.magnolia;

import info.magnolia.module.DefaultModuleVersionHandler;

/**
 * Installs the module. The default handler already does what a fresh install needs, in this order: registers the
 * node types and workspaces of the descriptor, imports {@code mgnl-bootstrap/civic-portal/}, imports
 * {@code mgnl-bootstrap-samples/civic-portal/} when {@code magnolia.bootstrap.samples} is true, registers the
 * servlets. Deltas of later versions are registered in this class.
 */
public class CivicPortalVersionHandler extends DefaultModuleVersionHandler {
}
