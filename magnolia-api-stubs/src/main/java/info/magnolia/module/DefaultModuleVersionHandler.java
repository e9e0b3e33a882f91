package info.magnolia.module;

/** Stub of Magnolia 6.2.45: the type only; civic-portal extends it. */
public class DefaultModuleVersionHandler extends AbstractModuleVersionHandler {
  public DefaultModuleVersionHandler() {
    throw new UnsupportedOperationException("stub");
  }
}
