package info.magnolia.module;

import info.magnolia.module.model.ModuleDefinition;

/** Stub of Magnolia 6.2.45: what a module is told when it is started or stopped. */
public interface ModuleLifecycleContext {
  int PHASE_SYSTEM_STARTUP = 1;
  int PHASE_MODULE_RESTART = 2;
  int PHASE_SYSTEM_SHUTDOWN = 3;

  ModuleDefinition getCurrentModuleDefinition();

  int getPhase();
}
