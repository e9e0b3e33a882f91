package org.civicportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The index's analyzer and its Java twin fold Vietnamese the same way. */
class FoldingAnalyzerTest {
  private static List<String> tokens(String text) throws Exception {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = new FoldingAnalyzer().tokenStream("f", new StringReader(text))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    }
    return out;
  }

  @Test
  void foldsCaseDiacriticsAndTheLetterD() throws Exception {
    String text = "Báo cáo QUÝ III, Đà Nẵng – đường Nguyễn Huệ; Ưu tiên ở Quảng Trị";
    List<String> expected =
        List.of(
            "bao", "cao", "quy", "iii", "da", "nang", "duong", "nguyen", "hue", "uu", "tien", "o",
            "quang", "tri");
    assertThat(tokens(text)).isEqualTo(expected);
    assertThat(Folding.words(text)).isEqualTo(expected);
  }

  @Test
  void decomposedTextFoldsLikePrecomposedText() throws Exception {
    String decomposed = "Ba\u0301o ca\u0301o quy\u0301";
    assertThat(tokens(decomposed)).containsExactly("bao", "cao", "quy");
    assertThat(Folding.words(decomposed)).containsExactly("bao", "cao", "quy");
  }
}
