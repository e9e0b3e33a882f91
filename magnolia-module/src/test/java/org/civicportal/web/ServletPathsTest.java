package org.civicportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;

/** The path below a servlet's mapping, whatever a container says for the mapping's root. */
class ServletPathsTest {

  private static HttpServletRequest withPathInfo(String pathInfo) {
    HttpServletRequest nothingElse =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                ServletPathsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> {
                  throw new UnsupportedOperationException(method.getName());
                });
    return new HttpServletRequestWrapper(nothingElse) {
      @Override
      public String getPathInfo() {
        return pathInfo;
      }
    };
  }

  @Test
  void theMappingsRootIsASlashWhetherTheContainerSaysNullEmptyOrSlash() {
    assertThat(ServletPaths.below(withPathInfo(null))).isEqualTo("/");
    assertThat(ServletPaths.below(withPathInfo(""))).isEqualTo("/");
    assertThat(ServletPaths.below(withPathInfo("/"))).isEqualTo("/");
    assertThat(ServletPaths.below(withPathInfo("/api/series"))).isEqualTo("/api/series");
  }
}
