package org.civicportal.magnolia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import info.magnolia.repository.RepositoryManager;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xml.sax.InputSource;

/**
 * Compares every class of magnolia-api-stubs with the real one of a Magnolia 6.2.45 bundle, member
 * by member, and validates the module descriptor against the bundle's module.dtd; runs only where a
 * {@link MagnoliaBundle} is.
 */
@ExtendWith(MagnoliaBundle.Named.class)
class StubSignaturesTest {
  private static final int COMPARED_MODIFIERS =
      Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL | Modifier.ABSTRACT;

  private static URLClassLoader magnolia;

  @BeforeAll
  static void openBundle() throws Exception {
    Path lib = MagnoliaBundle.lib();
    List<URL> jars = new ArrayList<>();
    try (Stream<Path> files = Files.list(lib)) {
      for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
        // Bundles with partly missing jars (empty files) still hold the classes we compare.
        if (Files.size(jar) > 0) {
          jars.add(jar.toUri().toURL());
        }
      }
    }
    assertThat(jars).as("jars in " + lib).isNotEmpty();
    // The servlet API comes from Tomcat, not WEB-INF/lib; nothing else of the test classpath may
    // leak in.
    jars.add(javax.servlet.Servlet.class.getProtectionDomain().getCodeSource().getLocation());
    magnolia = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  @AfterAll
  static void closeBundle() throws IOException {
    if (magnolia != null) {
      magnolia.close();
    }
  }

  @Test
  void everyStubMatchesTheRealClass() throws Exception {
    List<String> stubs = stubClassNames();
    assertThat(stubs).contains(RepositoryManager.class.getName());
    List<String> problems = new ArrayList<>();
    for (String name : stubs) {
      Class<?> stub = Class.forName(name, false, getClass().getClassLoader());
      Class<?> real;
      try {
        real = Class.forName(name, false, magnolia);
      } catch (ClassNotFoundException e) {
        problems.add(name + ": not in the bundle");
        continue;
      }
      compare(stub, real, problems);
    }
    if (!problems.isEmpty()) {
      fail("stubs differ from Magnolia:\n  " + String.join("\n  ", problems));
    }
  }

  @Test
  void moduleDescriptorIsValidAgainstMagnoliasDtd() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setValidating(true);
    var builder = factory.newDocumentBuilder();
    List<String> errors = new ArrayList<>();
    builder.setEntityResolver(
        (publicId, systemId) -> {
          InputStream dtd = magnolia.getResourceAsStream("info/magnolia/module/model/module.dtd");
          assertThat(dtd).as("module.dtd in magnolia-core").isNotNull();
          return new InputSource(dtd);
        });
    builder.setErrorHandler(
        new org.xml.sax.helpers.DefaultHandler() {
          @Override
          public void error(org.xml.sax.SAXParseException e) {
            errors.add(e.getLineNumber() + ": " + e.getMessage());
          }
        });
    try (InputStream in = getClass().getResourceAsStream(ModuleDescriptorTest.DESCRIPTOR)) {
      builder.parse(in);
    }
    assertThat(errors).isEmpty();
  }

  private static void compare(Class<?> stub, Class<?> real, List<String> problems) {
    String name = stub.getName();
    if (stub.isInterface() != real.isInterface()
        || Modifier.isAbstract(stub.getModifiers()) != Modifier.isAbstract(real.getModifiers())
        || Modifier.isFinal(stub.getModifiers()) != Modifier.isFinal(real.getModifiers())) {
      problems.add(
          name
              + ": kind "
              + Modifier.toString(stub.getModifiers())
              + " vs "
              + Modifier.toString(real.getModifiers()));
    }
    if (stub.getSuperclass() != null
        && stub.getSuperclass() != Object.class
        && !stub.getSuperclass().getName().equals(real.getSuperclass().getName())) {
      problems.add(
          name
              + ": extends "
              + stub.getSuperclass().getName()
              + ", real "
              + real.getSuperclass().getName());
    }
    List<String> realInterfaces = Arrays.stream(real.getInterfaces()).map(Class::getName).toList();
    for (Class<?> i : stub.getInterfaces()) {
      if (!realInterfaces.contains(i.getName())) {
        problems.add(name + ": implements " + i.getName() + ", real does not");
      }
    }
    for (Method m : stub.getDeclaredMethods()) {
      if (visible(m) && !m.isSynthetic() && !m.isBridge() && findMethod(real, m) == null) {
        problems.add(name + ": no " + signature(m));
      }
    }
    for (Constructor<?> c : stub.getDeclaredConstructors()) {
      if (visible(c)
          && Arrays.stream(real.getDeclaredConstructors())
              .noneMatch(r -> signature(r).equals(signature(c)))) {
        problems.add(name + ": no " + signature(c));
      }
    }
  }

  /**
   * The real method with the stub's name, parameters, return type, modifiers and exceptions,
   * wherever declared.
   */
  private static Method findMethod(Class<?> real, Method stub) {
    List<Class<?>> types = new ArrayList<>();
    for (Class<?> c = real; c != null; c = c.getSuperclass()) {
      types.add(c);
    }
    types.addAll(Arrays.asList(real.getInterfaces()));
    for (Class<?> type : types) {
      for (Method m : type.getDeclaredMethods()) {
        if (!m.isBridge()
            && signature(m).equals(signature(stub))
            && m.getReturnType().getName().equals(stub.getReturnType().getName())) {
          return m;
        }
      }
    }
    return null;
  }

  private static boolean visible(Executable e) {
    return (e.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED)) != 0;
  }

  private static String signature(Executable e) {
    String returns = e instanceof Method ? ((Method) e).getReturnType().getName() + " " : "";
    return Modifier.toString(e.getModifiers() & COMPARED_MODIFIERS)
        + " "
        + returns
        + e.getName()
        + Arrays.stream(e.getParameterTypes()).map(Class::getName).toList()
        + " throws "
        + Arrays.stream(e.getExceptionTypes()).map(Class::getName).sorted().toList();
  }

  /**
   * Every class of the stubs module, found where the RepositoryManager stub was loaded from (folder
   * or jar).
   */
  private static List<String> stubClassNames() throws Exception {
    URL location = RepositoryManager.class.getProtectionDomain().getCodeSource().getLocation();
    File root = new File(location.toURI());
    assumeTrue(
        root.getPath().contains("magnolia-api-stubs"),
        "the stubs are not on the classpath (built with -Pmagnolia against the real Magnolia): "
            + root);
    List<String> names = new ArrayList<>();
    if (root.isDirectory()) {
      try (Stream<Path> files = Files.walk(root.toPath())) {
        files
            .filter(p -> p.toString().endsWith(".class"))
            .map(p -> root.toPath().relativize(p).toString())
            .forEach(p -> names.add(className(p.replace(File.separatorChar, '/'))));
      }
    } else {
      try (JarFile jar = new JarFile(root)) {
        jar.stream()
            .map(JarEntry::getName)
            .filter(n -> n.endsWith(".class"))
            .forEach(n -> names.add(className(n)));
      }
    }
    return names.stream()
        .filter(n -> n.startsWith("info.magnolia.") && !n.contains("$"))
        .filter(n -> !n.endsWith(".package-info"))
        .sorted()
        .toList();
  }

  private static String className(String path) {
    return path.substring(0, path.length() - ".class".length()).replace('/', '.');
  }
}
