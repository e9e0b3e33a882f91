package info.magnolia.module;

/** Stub of Magnolia 6.2.45: the type only; civic-portal calls none of its members. */
public interface ModuleVersionHandler {}
