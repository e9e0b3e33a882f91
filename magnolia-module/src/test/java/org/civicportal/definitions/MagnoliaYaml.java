package org.civicportal.definitions;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads Magnolia definition YAML. Magnolia's own directives ({@code !content-type:x}, {@code
 * !include:/path}, {@code !inherit:x}, {@code !override}) are local tags SnakeYAML cannot
 * construct; they are kept as {@link Tagged} around the value they annotate, so checks can follow
 * what they reference.
 */
final class MagnoliaYaml {

  /**
   * A value carrying a Magnolia directive, e.g. tag "!content-type:article" around the app's own
   * mapping.
   */
  record Tagged(String tag, Object value) {}

  private MagnoliaYaml() {}

  static Object load(Path file) throws IOException {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new Yaml(new DirectiveConstructor(options)).load(reader);
    }
  }

  private static final class DirectiveConstructor extends SafeConstructor {
    DirectiveConstructor(LoaderOptions options) {
      super(options);
      // Any tag starting with "!" that no standard construct claims: Magnolia's directives.
      yamlMultiConstructors.put(
          "!",
          new AbstractConstruct() {
            @Override
            public Object construct(Node node) {
              return new Tagged(node.getTag().getValue(), constructUntagged(node));
            }
          });
    }

    private Object constructUntagged(Node node) {
      if (node instanceof MappingNode mapping) {
        flattenMapping(mapping);
        return constructMapping(mapping);
      }
      if (node instanceof SequenceNode sequence) {
        return constructSequence(sequence);
      }
      return constructScalar((ScalarNode) node);
    }
  }
}
