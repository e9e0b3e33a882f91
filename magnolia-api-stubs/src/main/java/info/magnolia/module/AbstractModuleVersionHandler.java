package info.magnolia.module;

/** Stub of Magnolia 6.2.45: the type only; civic-portal calls none of its members. */
public abstract class AbstractModuleVersionHandler implements ModuleVersionHandler {
    public AbstractModuleVersionHandler() {
        throw new UnsupportedOperationException("stub");
    }
}
