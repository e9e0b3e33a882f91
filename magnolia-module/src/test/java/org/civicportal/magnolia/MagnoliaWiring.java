package org.civicportal.magnolia;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.OutOfScopeException;
import com.google.inject.Scope;
import com.google.inject.ScopeAnnotation;
import com.google.inject.Scopes;
import com.google.inject.Stage;
import com.google.inject.binder.ScopedBindingBuilder;
import com.google.inject.util.Modules;
import com.mycila.guice.ext.closeable.CloseableModule;
import com.mycila.guice.ext.jsr250.Jsr250Module;
import info.magnolia.cms.beans.config.ServerConfiguration;
import info.magnolia.cms.core.AggregationState;
import info.magnolia.cms.i18n.I18nContentSupport;
import info.magnolia.context.WebContext;
import info.magnolia.dam.templating.functions.DamTemplatingFunctions;
import info.magnolia.module.ModuleLifecycle;
import info.magnolia.module.ModuleLifecycleContext;
import info.magnolia.module.model.ModuleDefinition;
import info.magnolia.repository.RepositoryManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Provider;
import javax.inject.Singleton;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.TestRepository;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A module descriptor's components and module class, handled the way Magnolia 6.2.45 handles them
 * (read with javap in its magnolia-core jar, never copied):
 *
 * <ul>
 *   <li>{@code GuiceComponentProviderBuilder} creates the injector in {@code Stage.PRODUCTION}
 *       (every singleton is built at once) with mycila's {@code Jsr250Module}
 *       ({@code @PostConstruct} runs) and {@code CloseableModule}; its {@code destroy} does nothing
 *       and nothing closes the injector, so no {@code @PreDestroy} is ever called;
 *   <li>{@code GuiceComponentConfigurationModule} binds a component's implementation or provider
 *       class, in {@code Singleton} scope for {@code <scope>singleton</scope>}, or in {@code
 *       LazySingleton} (a custom scope over {@code Scopes.SINGLETON}, which Guice does not build
 *       eagerly) when {@code <lazy>true</lazy>} is added;
 *   <li>the module class is bound to {@code ModuleInstanceProvider}, which fails until the module
 *       manager has registered the instance; the manager creates it with {@code
 *       Components.newInstance} (constructor, then member injection), registers it, populates it
 *       from the configuration, then calls {@code ModuleLifecycle.start}; an edit of the
 *       configuration stops and starts it in {@code PHASE_MODULE_RESTART}; shutdown stops it in
 *       {@code PHASE_SYSTEM_SHUTDOWN}.
 * </ul>
 *
 * Magnolia's own services are stood in for: the JCR port uses a real repository (Magnolia's
 * sessions need its context statics), request-scoped objects are out of scope as they are outside a
 * request.
 */
final class MagnoliaWiring {
  private final Element descriptor;
  private final TestRepository repository;
  private final Class<?> moduleClass;
  private final String moduleName;
  private Object module;

  MagnoliaWiring(Document descriptor, TestRepository repository) throws ClassNotFoundException {
    this.descriptor = descriptor.getDocumentElement();
    this.repository = repository;
    this.moduleClass = Class.forName(text(this.descriptor, "class"));
    this.moduleName = text(this.descriptor, "name");
  }

  Injector createInjector() {
    return Guice.createInjector(
        Stage.PRODUCTION,
        new Jsr250Module(),
        new CloseableModule(),
        platform(),
        Modules.override(new DescriptorComponents())
            .with(
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(JcrSessions.class).toInstance(repository);
                  }
                }));
  }

  /**
   * What the module manager does before starting modules: creates, registers, then populates the
   * instance.
   */
  @SuppressWarnings("unchecked")
  <T> T populate(Injector injector) throws ReflectiveOperationException {
    Object instance = moduleClass.getConstructor().newInstance();
    injector.injectMembers(instance);
    module = instance;
    return (T) instance;
  }

  void startModule(int phase) {
    ((ModuleLifecycle) module).start(context(phase));
  }

  void stopModule(int phase) {
    if (module != null) {
      ((ModuleLifecycle) module).stop(context(phase));
    }
  }

  List<Class<?>> servlets() throws ClassNotFoundException {
    return classes(descriptor.getElementsByTagName("servlet"), "class");
  }

  List<Class<?>> componentTypes() throws ClassNotFoundException {
    return classes(descriptor.getElementsByTagName("component"), "type");
  }

  private AbstractModule platform() {
    return new AbstractModule() {
      @Override
      protected void configure() {
        bind(RepositoryManager.class)
            .toInstance(
                workspace ->
                    repository
                        .embedded()
                        .getRepository()
                        .login(
                            new javax.jcr.SimpleCredentials("admin", "admin".toCharArray()),
                            workspace));
        bind(ServerConfiguration.class)
            .toInstance(
                new ServerConfiguration() {
                  @Override
                  public String getDefaultBaseUrl() {
                    return "http://localhost:8080/magnoliaPublic/";
                  }

                  @Override
                  public boolean isAdmin() {
                    return false;
                  }
                });
        bind(AggregationState.class).toProvider(MagnoliaWiring::outsideARequest);
        bind(WebContext.class).toProvider(MagnoliaWiring::outsideARequest);
        bind(I18nContentSupport.class).toProvider(MagnoliaWiring::outsideARequest);
        bind(DamTemplatingFunctions.class).toProvider(MagnoliaWiring::outsideARequest);
        bindModuleInstance(moduleClass);
      }

      private <T> void bindModuleInstance(Class<T> type) {
        bind(type)
            .toProvider(
                () -> {
                  if (module == null) {
                    throw new IllegalStateException(
                        "Module instance for module ["
                            + moduleName
                            + "] not available, most likely because the module has not yet been started.");
                  }
                  return type.cast(module);
                });
      }
    };
  }

  private final class DescriptorComponents extends AbstractModule {
    @Override
    protected void configure() {
      bindScope(
          LazySingleton.class,
          new Scope() {
            @Override
            public <T> com.google.inject.Provider<T> scope(
                com.google.inject.Key<T> key, com.google.inject.Provider<T> unscoped) {
              return Scopes.SINGLETON.scope(key, unscoped);
            }
          });
      NodeList components = descriptor.getElementsByTagName("component");
      for (int i = 0; i < components.getLength(); i++) {
        bindComponent((Element) components.item(i));
      }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void bindComponent(Element component) {
      Class type = load(text(component, "type"));
      String implementation = text(component, "implementation");
      ScopedBindingBuilder binding;
      if (implementation.isEmpty()) {
        binding =
            bind(type).toProvider((Class<? extends Provider>) load(text(component, "provider")));
      } else if (implementation.equals(type.getName())) {
        binding = bind(type);
      } else {
        binding = bind(type).to(load(implementation));
      }
      if ("singleton".equalsIgnoreCase(text(component, "scope"))) {
        binding.in("true".equals(text(component, "lazy")) ? LazySingleton.class : Singleton.class);
      }
    }
  }

  /** Magnolia's {@code info.magnolia.objectfactory.annotation.LazySingleton}. */
  @ScopeAnnotation
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD})
  private @interface LazySingleton {}

  private static ModuleLifecycleContext context(int phase) {
    return new ModuleLifecycleContext() {
      @Override
      public ModuleDefinition getCurrentModuleDefinition() {
        return new ModuleDefinition();
      }

      @Override
      public int getPhase() {
        return phase;
      }
    };
  }

  private static <T> T outsideARequest() {
    throw new OutOfScopeException("Magnolia provides this during a request only");
  }

  private static List<Class<?>> classes(NodeList elements, String child)
      throws ClassNotFoundException {
    List<Class<?>> classes = new ArrayList<>();
    for (int i = 0; i < elements.getLength(); i++) {
      classes.add(Class.forName(text((Element) elements.item(i), child)));
    }
    return classes;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("the descriptor names a missing class: " + name, e);
    }
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
  }
}
