package org.civicportal.magnolia;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.data.Result;
import com.vaadin.data.ValueContext;
import com.vaadin.data.converter.StringToLongConverter;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report year's field: shown and read as typed, in every UI language, where Vaadin's own
 * converter groups.
 */
class PlainLongConverterTest {
  private static final String ERROR = "not a whole number";
  private final PlainLongConverter converter = new PlainLongConverter(context -> ERROR);

  @ParameterizedTest
  @ValueSource(strings = {"en", "vi", "de", "fr"})
  void aYearIsShownAndReadWithoutAThousandsSeparator(String language) {
    ValueContext context = new ValueContext(Locale.forLanguageTag(language));
    // What the Reports editor showed before.
    assertThat(new StringToLongConverter(ERROR).convertToPresentation(2019L, context))
        .isNotEqualTo("2019");

    assertThat(converter.convertToPresentation(2019L, context)).isEqualTo("2019");
    assertThat(converter.convertToModel("2019", context).getOrThrow(IllegalStateException::new))
        .isEqualTo(2019L);
    assertThat(converter.convertToModel(" 2024 ", context).getOrThrow(IllegalStateException::new))
        .isEqualTo(2024L);
    assertThat(converter.convertToModel("", context).getOrThrow(IllegalStateException::new))
        .isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2,019", "2.019", "2 019", "2019.5", "năm 2019"})
  void groupedOrOtherTextIsRefusedNotTruncated(String typed) {
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("vi")}) {
      Result<Long> result = converter.convertToModel(typed, new ValueContext(locale));
      assertThat(result.isError()).as(typed + " in " + locale).isTrue();
      assertThat(result.getMessage()).contains(ERROR);
    }
  }
}
