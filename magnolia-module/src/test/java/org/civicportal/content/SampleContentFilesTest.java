package org.civicportal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks the sample content files as files (the Jackrabbit import is tested elsewhere): system view
 * shape, Magnolia's file naming, the property names and types of SPEC's content model, and that
 * cross references hold.
 */
class SampleContentFilesTest {
  static final String SAMPLES = "mgnl-bootstrap-samples/civic-portal";
  static final String SV = "http://www.jcp.org/jcr/sv/1.0";
  static final Set<String> WORKSPACES = Set.of("articles", "reports", "polls");
  static final Set<String> TYPES = Set.of("String", "Date", "Long", "Boolean", "Name");
  static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*|keyFigures");
  static final String SEED = "ket-qua-hoat-dong-quy-iii-nam-2019";

  static final Set<String> ITEM_PROPS =
      Set.of(
          "title",
          "lead",
          "body",
          "publishDate",
          "author",
          "sourceName",
          "sourceUrl",
          "category",
          "tags",
          "image",
          "imageAlt",
          "related",
          "rateable");
  static final Set<String> REPORT_PROPS =
      Set.of("periodType", "periodNumber", "periodYear", "organisationUnit", "nextPeriodPlan");

  /**
   * Rich text properties and the small HTML subset samples use, so every renderer shows them the
   * same.
   */
  static final Set<String> HTML_PROPS = Set.of("body", "nextPeriodPlan");

  static final Set<String> HTML_TAGS = Set.of("p", "strong", "em", "ul", "li", "a");
  static final Map<String, Set<String>> ITEM_CHILDREN =
      Map.of(
          "attachments", Set.of("title", "file"),
          "sections", Set.of("field", "body"),
          "keyFigures", Set.of("label", "value", "unit"));

  /** A parsed sv:property. */
  record Prop(String type, boolean multiple, List<String> values) {
    String value() {
      assertThat(multiple).as("single-valued").isFalse();
      return values.get(0);
    }
  }

  /** A parsed sv:node, with the workspace and file it came from. */
  record SvNode(
      String workspace,
      String file,
      String path,
      String name,
      Map<String, Prop> props,
      List<SvNode> children) {
    String type() {
      return props.get("jcr:primaryType").value();
    }

    String uuid() {
      return props.get("jcr:uuid").value();
    }

    String string(String prop) {
      Prop p = props.get(prop);
      return p == null ? null : p.value();
    }

    SvNode child(String childName) {
      return children.stream()
          .filter(c -> c.name.equals(childName))
          .findFirst()
          .orElseThrow(() -> new AssertionError(path + " has no child " + childName));
    }

    void walk(Consumer<SvNode> visitor) {
      visitor.accept(this);
      children.forEach(c -> c.walk(visitor));
    }
  }

  static Map<String, SvNode> roots; // file name -> root node
  static List<SvNode> all; // every node of every file
  static List<SvNode> items; // articles and reports

  @BeforeAll
  static void parseAll() throws Exception {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setNamespaceAware(true);
    dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder db = dbf.newDocumentBuilder();
    roots = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(samplesDir())) {
      for (Path f : files.sorted().collect(Collectors.toList())) {
        String fileName = f.getFileName().toString();
        assertThat(fileName).as("only XML in " + SAMPLES).endsWith(".xml");
        String[] parts = fileName.substring(0, fileName.length() - 4).split("\\.");
        assertThat(parts.length)
            .as(fileName + " is <workspace>.<path>.xml")
            .isGreaterThanOrEqualTo(2);
        assertThat(WORKSPACES).as(fileName + " workspace").contains(parts[0]);
        Element root = db.parse(f.toFile()).getDocumentElement();
        String path = "/" + String.join("/", List.of(parts).subList(1, parts.length));
        SvNode node = parseNode(parts[0], fileName, path.substring(0, path.lastIndexOf('/')), root);
        assertThat(node.name()).as(fileName + " root node name").isEqualTo(parts[parts.length - 1]);
        roots.put(fileName, node);
      }
    }
    all = new ArrayList<>();
    roots.values().forEach(r -> r.walk(all::add));
    items =
        all.stream()
            .filter(n -> n.type().equals("civic:article") || n.type().equals("civic:report"))
            .collect(Collectors.toList());
  }

  static Path samplesDir() throws URISyntaxException {
    URL url = SampleContentFilesTest.class.getClassLoader().getResource(SAMPLES);
    assertThat(url).as(SAMPLES + " on the classpath").isNotNull();
    return Paths.get(url.toURI());
  }

  static SvNode parseNode(String ws, String file, String parentPath, Element el) {
    assertThat(el.getNamespaceURI()).as(file + ": element namespace").isEqualTo(SV);
    assertThat(el.getLocalName()).as(file + ": element").isEqualTo("node");
    String name = el.getAttributeNS(SV, "name");
    String path = parentPath + "/" + name;
    Map<String, Prop> props = new LinkedHashMap<>();
    List<SvNode> children = new ArrayList<>();
    for (Node n = el.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE) {
        assertThat(n.getTextContent().isBlank()).as(file + path + ": stray text").isTrue();
        continue;
      }
      if (n.getNodeType() != Node.ELEMENT_NODE) {
        continue;
      }
      Element child = (Element) n;
      assertThat(child.getNamespaceURI()).as(file + path + ": child namespace").isEqualTo(SV);
      if (child.getLocalName().equals("node")) {
        children.add(parseNode(ws, file, path, child));
        continue;
      }
      assertThat(child.getLocalName()).as(file + path + ": element").isEqualTo("property");
      assertThat(children).as(file + path + ": properties come before child nodes").isEmpty();
      String propName = child.getAttributeNS(SV, "name");
      List<String> values = new ArrayList<>();
      for (Node v = child.getFirstChild(); v != null; v = v.getNextSibling()) {
        if (v.getNodeType() == Node.ELEMENT_NODE) {
          assertThat(v.getLocalName()).as(file + path + "@" + propName).isEqualTo("value");
          values.add(v.getTextContent());
        }
      }
      boolean multiple = "true".equals(child.getAttributeNS(SV, "multiple"));
      assertThat(multiple || values.size() == 1)
          .as(file + path + "@" + propName + " has one value")
          .isTrue();
      Prop old = props.put(propName, new Prop(child.getAttributeNS(SV, "type"), multiple, values));
      assertThat(old).as(file + path + "@" + propName + " duplicated").isNull();
    }
    return new SvNode(ws, file, path, name, props, children);
  }

  @Test
  void everyNodeStartsWithPrimaryTypeAndUuidAndHasSlugName() {
    for (SvNode n : all) {
      List<String> names = new ArrayList<>(n.props().keySet());
      assertThat(names.subList(0, 2))
          .as(n.file() + n.path())
          .containsExactly("jcr:primaryType", "jcr:uuid");
      assertThat(n.props().get("jcr:primaryType").type()).isEqualTo("Name");
      assertThat(n.name()).as(n.file() + n.path() + " name").matches(SLUG);
    }
  }

  @Test
  void uuidsAreValidAndUnique() {
    Set<String> seen = new HashSet<>();
    for (SvNode n : all) {
      String id = n.uuid();
      assertThat(UUID.fromString(id).toString())
          .as(n.file() + n.path() + " uuid canonical")
          .isEqualTo(id);
      assertThat(seen.add(id)).as(n.file() + n.path() + " uuid unique: " + id).isTrue();
    }
  }

  @Test
  void valuesMatchTheirTypes() {
    for (SvNode n : all) {
      n.props()
          .forEach(
              (name, p) -> {
                String where = n.file() + n.path() + "@" + name;
                assertThat(TYPES).as(where + " type").contains(p.type());
                for (String v : p.values()) {
                  switch (p.type()) {
                    case "Date" ->
                        assertThat(OffsetDateTime.parse(v).getOffset())
                            .as(where)
                            .isEqualTo(ZoneOffset.ofHours(7));
                    case "Long" -> Long.parseLong(v);
                    case "Boolean" -> assertThat(v).as(where).isIn("true", "false");
                    default -> assertThat(v).as(where).isNotNull();
                  }
                }
              });
    }
  }

  @Test
  void nodeTypesFitTheirWorkspaceAndLayout() {
    for (SvNode n : all) {
      boolean isRoot = roots.containsValue(n);
      String type = n.type();
      String where = n.file() + n.path();
      switch (type) {
        case "mgnl:folder" -> assertThat(n.children()).as(where + " folder").isNotEmpty();
        case "civic:article" -> assertThat(n.workspace()).as(where).isEqualTo("articles");
        case "civic:report" -> assertThat(n.workspace()).as(where).isEqualTo("reports");
        case "civic:poll" -> assertThat(n.workspace()).as(where).isEqualTo("polls");
        case "mgnl:contentNode" -> assertThat(isRoot).as(where + " content node at top").isFalse();
        default -> fail(where + " unexpected node type " + type);
      }
      if (type.equals("mgnl:folder")) {
        n.children()
            .forEach(
                c ->
                    assertThat(c.type())
                        .as(c.file() + c.path())
                        .isIn("mgnl:folder", "civic:article", "civic:report", "civic:poll"));
      }
    }
  }

  @Test
  void itemsUseExactlyTheContentModel() {
    for (SvNode item : items) {
      String where = item.file() + item.path();
      boolean report = item.type().equals("civic:report");
      for (String prop : item.props().keySet()) {
        if (prop.startsWith("jcr:") || prop.startsWith("mgnl:")) {
          continue;
        }
        assertThat(ITEM_PROPS.contains(prop) || report && REPORT_PROPS.contains(prop))
            .as(where + " unknown property " + prop)
            .isTrue();
      }
      for (String required : List.of("title", "publishDate", "author")) {
        assertThat(item.string(required)).as(where + " " + required).isNotBlank();
      }
      assertThat(item.props().get("publishDate").type()).isEqualTo("Date");
      assertThat(item.props().get("tags"))
          .as(where + " tags")
          .satisfies(
              t -> {
                assertThat(t.multiple()).isTrue();
                assertThat(t.values()).isNotEmpty().doesNotHaveDuplicates();
              });
      for (SvNode child : item.children()) {
        Set<String> allowed = ITEM_CHILDREN.get(child.name());
        assertThat(allowed).as(where + " unexpected child " + child.name()).isNotNull();
        assertThat(child.children()).as(where + "/" + child.name()).isNotEmpty();
        assertThat(report || child.name().equals("attachments"))
            .as(where + " article child")
            .isTrue();
        for (SvNode row : child.children()) {
          assertThat(row.type()).isEqualTo("mgnl:contentNode");
          Set<String> own =
              row.props().keySet().stream()
                  .filter(p -> !p.startsWith("jcr:") && !p.startsWith("mgnl:"))
                  .collect(Collectors.toSet());
          Set<String> required = new HashSet<>(allowed);
          required.remove("unit");
          assertThat(own).as(row.file() + row.path()).isSubsetOf(allowed).containsAll(required);
        }
      }
      if (report) {
        assertThat(item.string("periodType"))
            .as(where)
            .isIn("MONTH", "QUARTER", "HALF_YEAR", "YEAR");
        assertThat(item.props().get("periodYear").type()).as(where).isEqualTo("Long");
        assertThat(item.string("organisationUnit")).as(where).isNotBlank();
        if (!item.string("periodType").equals("YEAR")) {
          assertThat(item.props().get("periodNumber").type()).as(where).isEqualTo("Long");
        }
      }
    }
  }

  @Test
  void richTextUsesTheSmallHtmlSubsetAndPlainTextHasNoMarkup() {
    for (SvNode n : all) {
      n.props()
          .forEach(
              (name, p) -> {
                String where = n.file() + n.path() + "@" + name;
                if (!p.type().equals("String")
                    || name.startsWith("jcr:")
                    || name.startsWith("mgnl:")) {
                  return;
                }
                for (String v : p.values()) {
                  if (!HTML_PROPS.contains(name)) {
                    assertThat(v).as(where + " is plain text").doesNotContain("<", ">");
                    continue;
                  }
                  assertThat(v).as(where).startsWith("<");
                  for (org.jsoup.nodes.Element e :
                      Jsoup.parseBodyFragment(v).body().select("*:not(body)")) {
                    assertThat(HTML_TAGS).as(where + " tag").contains(e.tagName());
                    if (e.tagName().equals("a")) {
                      assertThat(e.attributes().asList()).as(where + " link attributes").hasSize(1);
                      assertThat(e.attr("href")).as(where + " link").startsWith("https://");
                    } else {
                      assertThat(e.attributes().asList()).as(where + " attributes").isEmpty();
                    }
                  }
                }
              });
    }
  }

  @Test
  void relatedPointsToOtherSampleItems() {
    Map<String, SvNode> byId = new HashMap<>();
    items.forEach(i -> byId.put(i.uuid(), i));
    int withRelated = 0;
    for (SvNode item : items) {
      Prop related = item.props().get("related");
      if (related == null) {
        continue;
      }
      withRelated++;
      assertThat(related.multiple()).as(item.path() + " related is multiple").isTrue();
      assertThat(related.values())
          .as(item.path() + " related")
          .doesNotHaveDuplicates()
          .doesNotContain(item.uuid())
          .allSatisfy(id -> assertThat(byId).containsKey(id));
    }
    assertThat(withRelated).as("items with manual related picks").isGreaterThanOrEqualTo(3);
  }

  @Test
  void enoughVarietyForListingsPagingAndRelated() {
    assertThat(items).hasSizeGreaterThanOrEqualTo(12);
    assertThat(items)
        .filteredOn(i -> i.type().equals("civic:article"))
        .hasSizeGreaterThanOrEqualTo(5);
    assertThat(items)
        .filteredOn(i -> i.type().equals("civic:report"))
        .hasSizeGreaterThanOrEqualTo(4);
    assertThat(items).filteredOn(i -> "false".equals(i.string("rateable"))).isNotEmpty();
    assertThat(items)
        .filteredOn(i -> i.path().split("/").length > 2)
        .as("items inside folders")
        .isNotEmpty();
    assertThat(items.stream().map(i -> i.string("publishDate").substring(0, 4)).distinct().count())
        .as("distinct publish years")
        .isGreaterThanOrEqualTo(5);
    Map<String, Long> perCategory =
        items.stream()
            .collect(Collectors.groupingBy(i -> i.string("category"), Collectors.counting()));
    assertThat(perCategory.values()).as("categories shared by several items").anyMatch(c -> c >= 3);
    assertThat(perCategory.values()).as("a category nothing else has").contains(1L);
    Set<String> names = new HashSet<>();
    items.forEach(
        i ->
            assertThat(names.add(i.workspace() + ":" + i.name()))
                .as(i.path() + " URL name unique")
                .isTrue());
  }

  @Test
  void seedReportCarriesItsFacts() {
    SvNode seed = roots.get("reports." + SEED + ".xml");
    assertThat(seed).as("seed report file").isNotNull();
    assertThat(seed.type()).isEqualTo("civic:report");
    assertThat(seed.string("title"))
        .isEqualTo("Kết quả hoạt động Thông tin và Truyền thông quý III năm 2019");
    assertThat(seed.string("periodType")).isEqualTo("QUARTER");
    assertThat(seed.string("periodNumber")).isEqualTo("3");
    assertThat(seed.string("periodYear")).isEqualTo("2019");
    assertThat(seed.string("author")).isEqualTo("Thanh Bình");
    assertThat(seed.string("sourceName")).isEqualTo("sotttt.thaibinh.gov.vn");
    assertThat(seed.string("sourceUrl")).isEqualTo("https://sotttt.thaibinh.gov.vn");
    assertThat(seed.string("organisationUnit"))
        .isEqualTo("Sở Thông tin và Truyền thông tỉnh Thái Bình");
    assertThat(seed.string("publishDate")).startsWith("2019-10-");
    assertThat(seed.string("nextPeriodPlan")).contains("IV/2019");
    assertThat(seed.child("sections").children().stream().map(s -> s.string("field")))
        .containsExactly(
            "Công nghệ thông tin",
            "Bưu chính - Viễn thông",
            "Thông tin - Báo chí - Xuất bản",
            "Thanh tra, kiểm tra");
    Map<String, String> figures = new LinkedHashMap<>();
    seed.child("keyFigures").children().forEach(f -> figures.put(f.name(), f.string("value")));
    assertThat(figures)
        .containsOnly(
            Map.entry("tin-bai-cong-thong-tin", "987"),
            Map.entry("bang-tin-dien-tu", "47"),
            Map.entry("kiem-tra-buu-chinh", "13"),
            Map.entry("kiem-tra-tan-so", "9"),
            Map.entry("giay-phep-truyen-thanh", "5"),
            Map.entry("tin-bai-bao-chi-trung-uong", "2165"),
            Map.entry("tap-huan-giam-ngheo-thong-tin", "1500"),
            Map.entry("tram-bts-thanh-tra", "93"));
    assertThat(seed.child("keyFigures").child("tram-bts-thanh-tra").string("label"))
        .contains("3 doanh nghiệp");
    assertThat(seed.child("keyFigures").child("tap-huan-giam-ngheo-thong-tin").string("label"))
        .contains("2 lớp");
  }

  @Test
  void samplePollIsOpenEndedSingleChoice() {
    SvNode poll = roots.get("polls.danh-gia-noi-dung-website.xml");
    assertThat(poll).as("sample poll file").isNotNull();
    assertThat(poll.type()).isEqualTo("civic:poll");
    assertThat(poll.string("question"))
        .isEqualTo("Theo bạn thông tin nội dung của website thế nào?");
    assertThat(poll.string("multiple")).isEqualTo("false");
    assertThat(poll.string("minChoices")).isEqualTo("1");
    assertThat(poll.string("maxChoices")).isEqualTo("1");
    assertThat(poll.string("resultsVisibility")).isIn("always", "afterVote", "afterClose", "never");
    assertThat(OffsetDateTime.parse(poll.string("opensAt"))).isBefore(OffsetDateTime.now());
    assertThat(poll.props()).doesNotContainKey("closesAt");
    List<SvNode> options = poll.child("options").children();
    assertThat(options).hasSizeBetween(2, 10);
    assertThat(options.stream().map(o -> o.string("id")))
        .doesNotHaveDuplicates()
        .allMatch(id -> SLUG.matcher(id).matches());
    assertThat(options).allSatisfy(o -> assertThat(o.string("label")).isNotBlank());
  }
}
