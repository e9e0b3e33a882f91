package org.civicportal.magnolia;

import com.vaadin.data.ErrorMessageProvider;
import com.vaadin.data.converter.StringToLongConverter;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The text of a whole-number field without a thousands separator, for numbers that are no amounts:
 * a report's year reads 2019, where Vaadin's StringToLongConverter (which Magnolia's content-type
 * forms use for Long properties) writes 2,019 or 2.019 by locale. A typed "2,019" is refused, not
 * read as 2. Magnolia constructs it with the field's conversion error message.
 */
public class PlainLongConverter extends StringToLongConverter {
  private static final long serialVersionUID = 1L;

  public PlainLongConverter(ErrorMessageProvider errorMessageProvider) {
    super(errorMessageProvider);
  }

  @Override
  protected NumberFormat getFormat(Locale locale) {
    NumberFormat format = super.getFormat(locale);
    format.setGroupingUsed(false);
    return format;
  }
}
