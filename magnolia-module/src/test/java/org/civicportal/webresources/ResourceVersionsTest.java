package org.civicportal.webresources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Versions in Magnolia's far-future form: what Magnolia's ResourceLinker strips (its CACHE_PATTERN,
 * copied here as the contract) is what the names carry, and what the standalone reads back.
 */
class ResourceVersionsTest {
  /** ResourceLinker's CACHE_PATTERN in Magnolia resources 3.0.10 (Magnolia 6.2.45). */
  private static final Pattern MAGNOLIA_STRIPS =
      Pattern.compile("[~.]\\d{4}(-\\d{2}){5}-\\d{3}[~.]cache");

  @Test
  void aVersionFollowsTheContentAndHasMagnoliasTimestampShape() {
    String a = ResourceVersions.of("a".getBytes(StandardCharsets.UTF_8));
    assertThat(a)
        .matches("\\d{4}(-\\d{2}){5}-\\d{3}")
        .isEqualTo(ResourceVersions.of("a".getBytes(StandardCharsets.UTF_8)))
        .isNotEqualTo(ResourceVersions.of("b".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void versionedNamesAreWhatMagnoliaStripsAndTheStandaloneReadsBack() {
    String url =
        ResourceVersions.url("/ctx/.resources/civic-portal/webresources", "css/civic-portal.css");
    assertThat(MAGNOLIA_STRIPS.matcher(url).replaceAll(""))
        .isEqualTo("/ctx/.resources/civic-portal/webresources/css/civic-portal.css");
    ResourceVersions.Requested requested = ResourceVersions.parse(url);
    assertThat(requested.path())
        .isEqualTo("/ctx/.resources/civic-portal/webresources/css/civic-portal.css");
    assertThat(requested.version()).contains(ResourceVersions.version("css/civic-portal.css"));
    assertThat(ResourceVersions.parse("/x/a.2019-01-02-03-04-05-006.cache.js").path())
        .isEqualTo("/x/a.js");
    assertThat(ResourceVersions.parse("/x/a.css").version()).isEqualTo(Optional.empty());
    assertThat(ResourceVersions.parse("/x~2019-01-02-03-04-05-006~cache/a.css").version())
        .isEmpty();
    assertThat(ResourceVersions.withVersion("img/LICENSE", "2019-01-02-03-04-05-006"))
        .isEqualTo("img/LICENSE~2019-01-02-03-04-05-006~cache");
    assertThat(ResourceVersions.url("/b", "css/none.css")).isEqualTo("/b/css/none.css");
  }
}
