package org.civicportal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodyTest {
  private static JsonBody parse(String json) throws ApiException {
    return JsonBody.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertRefused(String json) {
    assertThatThrownBy(() -> parse(json).expectFields("score").integer("score", 1, 5))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.getStatus()).isEqualTo(400);
              assertThat(e.getCode()).isEqualTo("invalid_request");
            });
  }

  @Test
  void acceptsAWholeNumberInRange() throws ApiException {
    assertThat(parse(" {\"score\": 4}\n").expectFields("score").integer("score", 1, 5))
        .isEqualTo(4);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"score\":0}",
        "{\"score\":6}",
        "{\"score\":-1}",
        "{\"score\":\"5\"}",
        "{\"score\":4.5}",
        "{\"score\":4.0}",
        "{\"score\":5e0}",
        "{\"score\":null}",
        "{\"score\":true}",
        "{\"score\":[5]}",
        "{\"score\":{\"v\":5}}",
        "{\"score\":99999999999999999999999}",
        "{\"score\":4294967301}",
        "{}",
        "{\"score\":5,\"extra\":1}",
        "{\"score\":5,\"score\":5}",
        "{\"score\":5}{}",
        "{\"score\":5} x",
        "{\"score\":5",
        "{score:5}",
        "{'score':5}",
        "{\"score\":05}",
        "[5]",
        "5",
        "null",
        "",
        "{\"score\":NaN}",
        "{\"score\":5,}"
      })
  void refusesAnythingElse(String json) {
    assertRefused(json);
  }

  @Test
  void deepNestingIsRefusedWithoutRecursion() {
    assertRefused("{\"a\":" + "[".repeat(16_000));
  }

  @Test
  void readsTextsAndLists() throws ApiException {
    JsonBody b =
        parse("{\"path\":\"/vi/\",\"referrer\":null,\"options\":[\"a\",\"b\"]}")
            .expectFields("path", "referrer", "options");
    assertThat(b.text("path", 100)).isEqualTo("/vi/");
    assertThat(b.optionalText("referrer", 100)).isNull();
    assertThat(b.textList("options", 1, 3, 10)).isEqualTo(List.of("a", "b"));
    assertThatThrownBy(() -> b.textList("options", 3, 5, 10)).isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> b.text("path", 2)).isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> b.text("referrer", 100)).isInstanceOf(ApiException.class);
  }
}
