package org.civicportal.magnolia;

import java.util.ArrayList;
import java.util.List;

import info.magnolia.module.DefaultModuleVersionHandler;
import info.magnolia.module.InstallContext;
import info.magnolia.module.delta.BootstrapSingleResource;
import info.magnolia.module.delta.IsInstallSamplesTask;
import info.magnolia.module.delta.Task;

/**
 * Installs the module. The default handler registers the node types and workspaces of the descriptor, imports
 * {@code mgnl-bootstrap/civic-portal/}, imports the sample content of {@code mgnl-bootstrap-samples/civic-portal/}
 * when {@code magnolia.bootstrap.samples} is true, and registers the servlets. With samples, this handler also
 * creates the sample site's pages; they live apart from the other samples because the standalone site, which imports
 * those, has no website workspace.
 */
public class CivicPortalVersionHandler extends DefaultModuleVersionHandler {
    static final String SAMPLE_SITE = "/mgnl-bootstrap/civic-portal-site/website.civic-portal.xml";

    @Override
    protected List<Task> getExtraInstallTasks(InstallContext installContext) {
        List<Task> tasks = new ArrayList<>(super.getExtraInstallTasks(installContext));
        tasks.add(new IsInstallSamplesTask("Sample site", "Creates the sample site's pages at /civic-portal.",
                new BootstrapSingleResource("Sample site pages", "Home, listings and the article and report"
                        + " detail pages that /articles/{name} and /reports/{name} forward to.", SAMPLE_SITE)));
        return tasks;
    }
}
