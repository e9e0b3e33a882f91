package org.civicportal.embedded;

import java.util.List;
import java.util.stream.Stream;

/**
 * The workspaces an {@link EmbeddedRepository} holds: {@code local} ones each node keeps in its own
 * files, and {@code shared} ones that all nodes of a cluster share through its database (in files
 * too when not clustered, made in Derby: see runtime-persistence.xml).
 */
public record WorkspaceLayout(List<String> local, List<String> shared) {
  public WorkspaceLayout {
    local = List.copyOf(local);
    shared = List.copyOf(shared);
  }

  /** Every workspace, local ones first. */
  public List<String> all() {
    return Stream.concat(local.stream(), shared.stream()).toList();
  }
}
