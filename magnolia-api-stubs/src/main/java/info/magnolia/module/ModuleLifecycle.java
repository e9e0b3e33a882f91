package info.magnolia.module;

/**
 * Stub of Magnolia 6.2.45: a module class implementing it is started and stopped by Magnolia's
 * module manager.
 */
public interface ModuleLifecycle {
  void start(ModuleLifecycleContext moduleLifecycleContext);

  void stop(ModuleLifecycleContext moduleLifecycleContext);
}
