package org.civicportal.templating;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The list sizes of the pages: one default and upper bound for each use, an editor's setting kept
 * within them.
 */
class PageSizeTest {
  @Test
  void theDefaultsAreThoseThePagesHaveAlwaysShown() {
    assertThat(PageSize.LISTING.getDefault()).isEqualTo(10);
    assertThat(PageSize.LISTING.getMax()).isEqualTo(50);
    assertThat(PageSize.LATEST.getDefault()).isEqualTo(5);
    assertThat(PageSize.LATEST.getMax()).isEqualTo(20);
    assertThat(PageSize.RELATED.getDefault()).isEqualTo(5);
    assertThat(PageSize.RELATED.getMax()).isEqualTo(20);
  }

  @Test
  void anEditorsSettingIsKeptBetweenOneAndTheMaximum() {
    assertThat(PageSize.LISTING.of(null)).isEqualTo(10);
    assertThat(PageSize.LISTING.of("")).isEqualTo(10);
    assertThat(PageSize.LISTING.of(25L)).isEqualTo(25);
    assertThat(PageSize.LISTING.of(500L)).isEqualTo(50);
    assertThat(PageSize.LISTING.of(Long.MAX_VALUE)).isEqualTo(50);
    assertThat(PageSize.LISTING.of(0L)).isEqualTo(1);
    assertThat(PageSize.LATEST.of(-3)).isEqualTo(1);
    assertThat(PageSize.RELATED.of(7)).isEqualTo(7);
  }
}
