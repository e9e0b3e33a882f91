package org.civicportal.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.PropertyType;
import org.civicportal.jcr.TestRepository;
import org.civicportal.jcr.Workspaces;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bootstrap file merged into a node an admin edited: what is missing is added, typed; nothing set
 * is changed.
 */
class AddMissingTest {
  private static final String FILE =
      """
            <?xml version="1.0" encoding="UTF-8"?>
            <sv:node sv:name="config" xmlns:sv="http://www.jcp.org/jcr/sv/1.0">
              <sv:property sv:name="jcr:primaryType" sv:type="Name"><sv:value>nt:unstructured</sv:value></sv:property>
              <sv:property sv:name="jcr:uuid" sv:type="String"><sv:value>7b0f1c2e-0000-4000-8000-000000000001</sv:value></sv:property>
              <sv:property sv:name="siteUrl" sv:type="String"><sv:value/></sv:property>
              <sv:property sv:name="flushIntervalSeconds" sv:type="Long"><sv:value>2</sv:value></sv:property>
              <sv:property sv:name="searchPageSize" sv:type="Long"><sv:value>20</sv:value></sv:property>
              <sv:property sv:name="languages" sv:type="String" sv:multiple="true"><sv:value>vi</sv:value><sv:value>en</sv:value></sv:property>
              <sv:node sv:name="trustedProxies">
                <sv:property sv:name="jcr:primaryType" sv:type="Name"><sv:value>nt:unstructured</sv:value></sv:property>
              </sv:node>
              <sv:node sv:name="identity">
                <sv:property sv:name="jcr:primaryType" sv:type="Name"><sv:value>nt:unstructured</sv:value></sv:property>
                <sv:property sv:name="name" sv:type="String"><sv:value>Sở Thông tin và Truyền thông</sv:value></sv:property>
                <sv:node sv:name="logo">
                  <sv:property sv:name="jcr:primaryType" sv:type="Name"><sv:value>nt:unstructured</sv:value></sv:property>
                  <sv:property sv:name="alt" sv:type="String"><sv:value>Logo</sv:value></sv:property>
                </sv:node>
              </sv:node>
            </sv:node>
            """;

  @TempDir static Path dir;
  private static TestRepository repository;

  @BeforeAll
  static void open() throws Exception {
    repository = TestRepository.open(dir);
    repository.withSession(
        Workspaces.VISITS,
        s -> {
          Node config = s.getRootNode().addNode("config", "nt:unstructured");
          config.setProperty("siteUrl", "https://admin.example.gov.vn");
          config.setProperty("flushIntervalSeconds", 5L);
          config.addNode("trustedProxies", "nt:unstructured").setProperty("proxy1", "10.0.0.0/8");
          s.save();
          return null;
        });
  }

  @AfterAll
  static void close() {
    repository.close();
  }

  @Test
  void addsWhatIsMissingAndKeepsWhatIsSet() throws Exception {
    AddMissing file =
        AddMissing.read(new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)));
    assertThat(file.nodeName()).isEqualTo("config");
    List<String> added =
        repository.withSession(
            Workspaces.VISITS,
            s -> {
              List<String> paths = file.into(s.getNode("/config"));
              s.save();
              return paths;
            });
    assertThat(added)
        .containsExactly("/config/searchPageSize", "/config/languages", "/config/identity");
    repository.withSession(
        Workspaces.VISITS,
        s -> {
          Node config = s.getNode("/config");
          assertThat(config.getProperty("siteUrl").getString())
              .isEqualTo("https://admin.example.gov.vn");
          assertThat(config.getProperty("flushIntervalSeconds").getLong()).isEqualTo(5L);
          assertThat(config.getProperty("trustedProxies/proxy1").getString())
              .isEqualTo("10.0.0.0/8");
          assertThat(config.getProperty("searchPageSize").getType()).isEqualTo(PropertyType.LONG);
          assertThat(config.getProperty("searchPageSize").getLong()).isEqualTo(20L);
          assertThat(config.getProperty("languages").getValues())
              .extracting(v -> v.getString())
              .containsExactly("vi", "en");
          assertThat(config.getProperty("identity/name").getString())
              .isEqualTo("Sở Thông tin và Truyền thông");
          assertThat(config.getProperty("identity/logo/alt").getString()).isEqualTo("Logo");
          assertThat(config.hasProperty("jcr:uuid")).isFalse();
          return null;
        });
    List<String> again =
        repository.withSession(Workspaces.VISITS, s -> file.into(s.getNode("/config")));
    assertThat(again).isEmpty();
  }

  @Test
  void refusesWhatIsNotASystemView() {
    assertThatThrownBy(
            () ->
                AddMissing.read(new ByteArrayInputStream("<a/>".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a JCR system view");
    assertThatThrownBy(
            () -> AddMissing.read(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IOException.class);
  }
}
