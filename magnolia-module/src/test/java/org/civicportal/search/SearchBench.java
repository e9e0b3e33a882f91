package org.civicportal.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Supplier;
import org.civicportal.content.AssetLinks;
import org.civicportal.content.ContentKind;
import org.civicportal.content.JcrContentService;
import org.civicportal.jcr.TestRepository;
import org.civicportal.visits.VisitSettings;

/**
 * For bench/search.sh: fills a fresh repository (the standalone's configuration, folding analyzer)
 * with 10,000 articles and reports, then prints the median and 90th percentile time of site
 * searches against a baseline measured in the same run: finding one item by its name, the query
 * every article and report page runs. Not a test.
 */
public final class SearchBench {
  private static final int ITEMS = 10_000;
  private static final int RUNS = 200;

  private SearchBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("civic-search-bench");
    try (TestRepository repository = TestRepository.open(dir)) {
      long fill = System.nanoTime();
      GeneratedItems.add(repository, ITEMS, 42);
      System.out.printf(
          "filled %d items (articles and reports) in %.1f s%n",
          ITEMS, (System.nanoTime() - fill) / 1e9);
      JcrContentService content = new JcrContentService(repository, AssetLinks.URLS_ONLY);
      VisitSettings settings = VisitSettings.builder().build();
      SiteSearch search = new SiteSearch(repository, AssetLinks.URLS_ONLY, () -> settings);
      System.out.println("| what | median ms | p90 ms | hits |");
      System.out.println("|---|---|---|---|");
      time(
          "baseline: one article by name (the item page's query)",
          () -> content.findByName(ContentKind.ARTICLE, "item-5000").map(a -> 1L).orElse(0L));
      for (String[] q :
          new String[][] {
            {"bao cao quy", "", ""}, {"Chuyển đổi số", "", ""}, {"dich vu cong truc tuyen", "", ""},
            {"giam sat", "report", "2020"}, {"thong tin", "", ""}, {"bao cao", "", ""}
          }) {
        SearchQuery query = SearchQuery.parse(q[0], q[1], q[2], null);
        time(
            "  index query alone, articles \"" + q[0] + "\"",
            () -> search.matches(ContentKind.ARTICLE, query, 10).total());
        time(
            "search \""
                + q[0]
                + "\""
                + (q[1].isEmpty() ? "" : " type=" + q[1])
                + (q[2].isEmpty() ? "" : " year=" + q[2]),
            () -> search.search(query, 10).getHits().getTotal());
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
      }
    }
  }

  private static void time(String what, Supplier<Long> run) {
    long hits = 0;
    for (int i = 0; i < 20; i++) {
      hits = run.get();
    }
    double[] ms = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      run.get();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf("| %s | %.2f | %.2f | %d |%n", what, ms[RUNS / 2], ms[RUNS * 9 / 10], hits);
  }
}
